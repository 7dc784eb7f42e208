-- sequelize-ddl note: bcrypt, dotenv, jsonwebtoken: not installed next to the models, the models get an inert stand-in; the Node provider fails on a missing package
CREATE TYPE "enum_accounts_role" AS ENUM('member', 'admin');
CREATE TABLE IF NOT EXISTS "accounts" ("id"   SERIAL , "login" VARCHAR(64) NOT NULL UNIQUE, "password_hash" VARCHAR(60) NOT NULL, "role" "public"."enum_accounts_role" NOT NULL DEFAULT 'member', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "sessions" ("id"   SERIAL , "token_digest" VARCHAR(128) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "account_id" INTEGER REFERENCES "accounts" ("id") ON DELETE SET NULL ON UPDATE CASCADE, PRIMARY KEY ("id"));

