-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TABLE IF NOT EXISTS "customers" ("id"   SERIAL , "email" VARCHAR(160) NOT NULL UNIQUE, "full_name" VARCHAR(120) NOT NULL, "loyalty_points" INTEGER NOT NULL DEFAULT 0, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
CREATE TYPE "enum_orders_status" AS ENUM('new', 'paid', 'shipped');
CREATE TABLE IF NOT EXISTS "orders" ("id"   SERIAL , "reference" VARCHAR(24) NOT NULL, "total_cents" INTEGER NOT NULL, "status" "public"."enum_orders_status" NOT NULL DEFAULT 'new', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "customer_id" INTEGER REFERENCES "customers" ("id") ON DELETE SET NULL ON UPDATE CASCADE, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "orders_reference" ON "orders" ("reference");

