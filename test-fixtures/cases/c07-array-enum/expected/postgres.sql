CREATE TYPE "enum_Ads_roles" AS ENUM('r', 'w');
CREATE TABLE IF NOT EXISTS "Ads" ("id"   SERIAL , "roles" "public"."enum_Ads_roles"[] DEFAULT ARRAY['r']::"enum_Ads_roles"[], PRIMARY KEY ("id"));

