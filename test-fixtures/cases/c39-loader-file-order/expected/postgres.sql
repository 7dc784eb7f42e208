-- sequelize-ddl note: loads legacy.cjs like a .js model file; the Node provider reads only *.js
CREATE TABLE IF NOT EXISTS "FromUpperBs" ("id"   SERIAL , "n" VARCHAR(255), PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "FromZeta" ("id"   SERIAL , "n" VARCHAR(255), PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "FromABs" ("id"   SERIAL , "n" VARCHAR(255), PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "FromAs" ("id"   SERIAL , "n" VARCHAR(255), PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "Ghosts" ("id"   SERIAL , "n" VARCHAR(255), PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "legacy_codes" ("id"   SERIAL , "code" VARCHAR(12) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));

