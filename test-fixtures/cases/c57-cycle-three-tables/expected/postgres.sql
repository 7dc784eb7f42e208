-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
-- sequelize-ddl note: a reference from a schema table to a table only a model without schema defines names that table (REFERENCES "Authors"); the Node provider and sequelize.sync() qualify it with the referencing schema ("lib"."Authors"), a table that does not exist
CREATE TYPE "enum_Authors_genre" AS ENUM('fiction', 'essay');
CREATE TABLE IF NOT EXISTS "Authors" ("id"   SERIAL , "penName" VARCHAR(255), "genre" "public"."enum_Authors_genre" NOT NULL DEFAULT 'fiction', "PublisherId" INTEGER, UNIQUE ("penName"), PRIMARY KEY ("id"));
CREATE INDEX "authors_genre" ON "Authors" ("genre");
CREATE TABLE IF NOT EXISTS "lib"."Books" ("id"   SERIAL , "title" VARCHAR(255) NOT NULL, "AuthorId" INTEGER NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "Publishers" ("id"   SERIAL , "name" VARCHAR(255) NOT NULL, "bestsellerId" INTEGER, PRIMARY KEY ("id"));
ALTER TABLE "Authors"  ADD FOREIGN KEY ("PublisherId") REFERENCES "Publishers" ("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "lib"."Books" ALTER COLUMN "AuthorId" SET NOT NULL;ALTER TABLE "lib"."Books"  ADD FOREIGN KEY ("AuthorId") REFERENCES "Authors" ("id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Publishers"  ADD FOREIGN KEY ("bestsellerId") REFERENCES "lib"."Books" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

