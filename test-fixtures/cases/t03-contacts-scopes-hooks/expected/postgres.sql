-- atlas:pos contact[type=table] $MODELS/Contact.ts:21-64
-- atlas:pos email[type=table] $MODELS/Email.ts:27-66
-- atlas:pos phone[type=table] $MODELS/Phone.ts:19-56

CREATE TABLE IF NOT EXISTS "contact" ("id"  SERIAL , "name" VARCHAR(45) NOT NULL, "alias" VARCHAR(45) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "name-alias" ON "contact" ("name", "alias");
CREATE TYPE "enum_email_subscription" AS ENUM('free', 'basic', 'premium');
CREATE TABLE IF NOT EXISTS "email" ("id"  SERIAL , "email" VARCHAR(60) NOT NULL, "subscription" "public"."enum_email_subscription" DEFAULT 'free', "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id") ON DELETE CASCADE ON UPDATE CASCADE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "phone" ("id"  SERIAL , "phone" VARCHAR(20) NOT NULL, "contact_id" INTEGER NOT NULL REFERENCES "contact" ("id") ON DELETE CASCADE ON UPDATE CASCADE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));

