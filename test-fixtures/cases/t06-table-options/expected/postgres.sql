-- atlas:pos "billing"."Accounts"[type=table] $MODELS/Account.ts:3-10
-- atlas:pos audit_entries[type=table] $MODELS/Audit.ts:10-22
-- atlas:pos Settings[type=table] $MODELS/Setting.ts:3-7

CREATE TABLE IF NOT EXISTS "billing"."Accounts" ("id" UUID , "balance" DECIMAL(12,2), PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "audit_entries" ("id"   SERIAL , "changed_by" VARCHAR(40), "detail" TEXT, "account_ref" UUID REFERENCES "billing"."Accounts" ("id") ON DELETE NO ACTION ON UPDATE CASCADE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, PRIMARY KEY ("id")); COMMENT ON TABLE "audit_entries" IS 'who changed what';
CREATE TABLE IF NOT EXISTS "Settings" ("id"   SERIAL , "key" VARCHAR(255), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "gizmos" ("id"   SERIAL , "name" VARCHAR(255), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "version" INTEGER NOT NULL DEFAULT 0, PRIMARY KEY ("id"));

