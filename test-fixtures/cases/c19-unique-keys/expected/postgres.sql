-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
-- sequelize-ddl note: named unique keys of attributes (unique: 'name') are kept beside options.uniqueKeys; the Node provider and sequelize.sync() use options.uniqueKeys || model.uniqueKeys and drop them
CREATE TABLE IF NOT EXISTS "Members" ("id"   SERIAL , "email" VARCHAR(255) UNIQUE, "handle" VARCHAR(255), "first" VARCHAR(255), "last" VARCHAR(255), "phone_number" VARCHAR(255), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, UNIQUE ("handle"), UNIQUE ("first", "last"), UNIQUE ("phone_number"), PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "Slots" ("id"   SERIAL , "a" INTEGER, "b" INTEGER, "c" INTEGER, "d" VARCHAR(255), UNIQUE ("a", "b"), UNIQUE ("b", "c"), UNIQUE ("d"), PRIMARY KEY ("id"));

