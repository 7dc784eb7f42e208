-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
-- atlas:pos Gadgets[type=table] $MODELS/Gadget.ts:21-75

CREATE TABLE IF NOT EXISTS "Gadgets" ("id"   SERIAL , "label" VARCHAR(255), "serial" INTEGER UNIQUE, "enabled" BOOLEAN DEFAULT false, "launchedOn" TIMESTAMP WITH TIME ZONE NOT NULL, "hugeCounter" BIGINT, "nickname" VARCHAR(255) , "motto" VARCHAR(20), "code" VARCHAR(255), "grade" VARCHAR(255) DEFAULT 'a', "size" VARCHAR(255), "status" VARCHAR(255), "weight" INTEGER NOT NULL DEFAULT 0, "madeAt" TIMESTAMP WITH TIME ZONE NOT NULL, "touchedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "retiredAt" TIMESTAMP WITH TIME ZONE, UNIQUE ("code"), PRIMARY KEY ("id")); COMMENT ON COLUMN "Gadgets"."nickname" IS 'may be empty';

