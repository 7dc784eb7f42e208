-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TYPE "enum_Users_role" AS ENUM('member', 'editor', 'owner');
CREATE TABLE IF NOT EXISTS "Users" ("id"   SERIAL , "email" VARCHAR(255) NOT NULL UNIQUE, "role" "public"."enum_Users_role" NOT NULL DEFAULT 'member', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
CREATE TYPE "enum_Posts_state" AS ENUM('draft', 'review', 'live');
CREATE TABLE IF NOT EXISTS "Posts" ("id"   SERIAL , "title" VARCHAR(140) NOT NULL, "slug" VARCHAR(140) UNIQUE, "state" "public"."enum_Posts_state" DEFAULT 'draft', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "authorId" INTEGER REFERENCES "Users" ("id") ON DELETE SET NULL ON UPDATE CASCADE, PRIMARY KEY ("id"));

