-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
-- sequelize-ddl note: index fields naming an attribute are emitted as its column name (underscored / field); the Node provider and sequelize.sync() quote the attribute name, which fails on the database
CREATE TABLE IF NOT EXISTS "Accounts" ("id"   SERIAL , "login" VARCHAR(64) NOT NULL UNIQUE, "disabledAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "Sessions" ("id"   SERIAL , "token" VARCHAR(128) NOT NULL UNIQUE, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "accountId" INTEGER REFERENCES "Accounts" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("id"));
CREATE TYPE "enum_audit_entries_action" AS ENUM('login', 'logout', 'update');
CREATE TABLE IF NOT EXISTS "audit_entries" ("id"   SERIAL , "actor_login" VARCHAR(64) NOT NULL, "action" "public"."enum_audit_entries_action" NOT NULL, "happened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "payload" JSON, PRIMARY KEY ("id"));
CREATE INDEX "audit_entries_actor_login_happened_at" ON "audit_entries" ("actor_login", "happened_at");

