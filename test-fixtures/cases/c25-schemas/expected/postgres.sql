-- sequelize-ddl note: enum types and references of schema tables as sequelize.sync() creates them ("app"."enum_Orders_status", REFERENCES "core"."Orgs"; schemaDelimiter is not used in type names); the Node provider emits "enum_"app"."Orders"_status" and "hr"."core.Orgs", which fail on the database
CREATE TABLE IF NOT EXISTS "core"."Orgs" ("id"   SERIAL , "name" VARCHAR(255), PRIMARY KEY ("id"));
CREATE TYPE "app"."enum_Orders_status" AS ENUM('a', 'b');
CREATE TABLE IF NOT EXISTS "app"."Orders" ("id"   SERIAL , "status" "app"."enum_Orders_status" , PRIMARY KEY ("id")); COMMENT ON COLUMN "app"."Orders"."status" IS 'has (parens)';
CREATE TYPE "inv"."enum_Items_kind" AS ENUM('x', 'y');
CREATE TABLE IF NOT EXISTS "inv"."Items" ("id"   SERIAL , "code" VARCHAR(255), "kind" "inv"."enum_Items_kind", PRIMARY KEY ("id"));
CREATE INDEX "items_code" ON "inv"."Items" ("code");
CREATE TABLE IF NOT EXISTS "hr"."Orgs" ("id"   SERIAL , "title" VARCHAR(255), PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "hr"."Emps" ("id"   SERIAL , "orgRef" INTEGER REFERENCES "hr"."Orgs" ("id"), "OrgId" INTEGER REFERENCES "core"."Orgs" ("id") ON DELETE SET NULL ON UPDATE CASCADE, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "Plains" ("id"   SERIAL , "a" VARCHAR(255), "OrgId" INTEGER REFERENCES "core"."Orgs" ("id") ON DELETE SET NULL ON UPDATE CASCADE, "OrderId" INTEGER REFERENCES "app"."Orders" ("id") ON DELETE SET NULL ON UPDATE CASCADE, PRIMARY KEY ("id"));

