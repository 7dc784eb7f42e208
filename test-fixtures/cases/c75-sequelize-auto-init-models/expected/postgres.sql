-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
-- sequelize-ddl note: a BOOLEAN default the engine refuses as written ('true'/'false' on MySQL/MariaDB, 1/0 on PostgreSQL) is rendered as the boolean Sequelize reads it as; the Node provider and sequelize.sync() write it as given, which fails on the database
CREATE TABLE IF NOT EXISTS "address" ("address_id"   SERIAL , "line1" VARCHAR(120) NOT NULL, "city" VARCHAR(60) NOT NULL, "postal_code" VARCHAR(10), PRIMARY KEY ("address_id"));
CREATE TABLE IF NOT EXISTS "staff" ("staff_id"   SERIAL , "first_name" VARCHAR(45) NOT NULL, "last_name" VARCHAR(45) NOT NULL, "address_id" INTEGER NOT NULL, "store_id" INTEGER, "active" BOOLEAN NOT NULL DEFAULT true, PRIMARY KEY ("staff_id"));
CREATE INDEX "idx_fk_address_id" ON "staff" USING BTREE ("address_id");
CREATE TABLE IF NOT EXISTS "store" ("store_id"   SERIAL , "manager_staff_id" INTEGER NOT NULL, "address_id" INTEGER NOT NULL, UNIQUE ("manager_staff_id"), PRIMARY KEY ("store_id"));
ALTER TABLE "staff" ALTER COLUMN "address_id" SET NOT NULL;ALTER TABLE "staff"  ADD FOREIGN KEY ("address_id") REFERENCES "address" ("address_id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "staff"  ADD FOREIGN KEY ("store_id") REFERENCES "store" ("store_id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "store" ALTER COLUMN "manager_staff_id" SET NOT NULL;ALTER TABLE "store"  ADD FOREIGN KEY ("manager_staff_id") REFERENCES "staff" ("staff_id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "store" ALTER COLUMN "address_id" SET NOT NULL;ALTER TABLE "store"  ADD FOREIGN KEY ("address_id") REFERENCES "address" ("address_id") ON DELETE NO ACTION ON UPDATE CASCADE;

