-- sequelize-ddl note: date-fns, lodash, moment, uuid: not installed next to the models, the models get an inert stand-in; the Node provider fails on a missing package
CREATE TABLE IF NOT EXISTS "Events" ("id" UUID , "title" VARCHAR(120) NOT NULL, "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" INTEGER DEFAULT 100, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "Tickets" ("id"   SERIAL , "code" UUID NOT NULL, "week" INTEGER, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "eventId" UUID REFERENCES "Events" ("id") ON DELETE SET NULL ON UPDATE CASCADE, PRIMARY KEY ("id"));

