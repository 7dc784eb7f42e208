-- sequelize-ddl note: enum types and references of schema tables as sequelize.sync() creates them ("app"."enum_Orders_status", REFERENCES "core"."Orgs"; schemaDelimiter is not used in type names); the Node provider emits "enum_"app"."Orders"_status" and "hr"."core.Orgs", which fail on the database
-- atlas:pos "billing"."subscriptions"[type=table] $MODELS/Subscription.ts:10-21
-- atlas:pos "billing"."charges"[type=table] $MODELS/Charge.ts:11-25

CREATE TYPE "billing"."enum_subscriptions_cycle" AS ENUM('monthly', 'yearly');
CREATE TABLE IF NOT EXISTS "billing"."subscriptions" ("id"   SERIAL , "rowVersion" INTEGER NOT NULL DEFAULT 0 , "created_on" TIMESTAMP WITH TIME ZONE, "changed_on" TIMESTAMP WITH TIME ZONE, "removed_on" TIMESTAMP WITH TIME ZONE, "plan" VARCHAR(80) NOT NULL, "cycle" "billing"."enum_subscriptions_cycle" DEFAULT 'monthly', PRIMARY KEY ("id")); COMMENT ON COLUMN "billing"."subscriptions"."rowVersion" IS 'row version for optimistic locking';
CREATE TYPE "billing"."enum_charges_state" AS ENUM('pending', 'paid', 'refunded');
CREATE TABLE IF NOT EXISTS "billing"."charges" ("id"   SERIAL , "rowVersion" INTEGER NOT NULL DEFAULT 0 , "created_on" TIMESTAMP WITH TIME ZONE, "changed_on" TIMESTAMP WITH TIME ZONE, "removed_on" TIMESTAMP WITH TIME ZONE, "subscriptionId" INTEGER NOT NULL REFERENCES "billing"."subscriptions" ("id") ON DELETE CASCADE ON UPDATE CASCADE, "state" "billing"."enum_charges_state" NOT NULL, "amountCents" BIGINT, PRIMARY KEY ("id")); COMMENT ON COLUMN "billing"."charges"."rowVersion" IS 'row version for optimistic locking';

