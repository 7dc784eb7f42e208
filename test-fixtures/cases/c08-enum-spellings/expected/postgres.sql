CREATE TYPE "enum_Orders_e1" AS ENUM('a', 'b');
CREATE TYPE "enum_Orders_e2" AS ENUM('x', 'it''s');
CREATE TYPE "enum_Orders_e3" AS ENUM('p', 'q');
CREATE TYPE "enum_Orders_e4" AS ENUM('v1', 'v2');
CREATE TYPE "enum_Orders_e5" AS ENUM('only', 'these');
CREATE TYPE "enum_Orders_e_six" AS ENUM('override1');
CREATE TYPE "enum_Orders_e7" AS ENUM('u1', 'u2');
CREATE TABLE IF NOT EXISTS "Orders" ("id"   SERIAL , "e1" "public"."enum_Orders_e1", "e2" "public"."enum_Orders_e2", "e3" "public"."enum_Orders_e3", "e4" "public"."enum_Orders_e4" NOT NULL DEFAULT 'v2' , "e5" "public"."enum_Orders_e5", "e_six" "public"."enum_Orders_e_six", "e7" "public"."enum_Orders_e7" UNIQUE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id")); COMMENT ON COLUMN "Orders"."e4" IS 'state';

