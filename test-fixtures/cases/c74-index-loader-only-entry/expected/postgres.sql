-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TABLE IF NOT EXISTS "Boards" ("id"   SERIAL , "key" VARCHAR(10) NOT NULL UNIQUE, "title" VARCHAR(255) NOT NULL, "archived" BOOLEAN NOT NULL DEFAULT false, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
CREATE TYPE "enum_Tickets_priority" AS ENUM('low', 'normal', 'high', 'urgent');
CREATE TABLE IF NOT EXISTS "Tickets" ("id"   SERIAL , "number" INTEGER NOT NULL, "summary" VARCHAR(200) NOT NULL, "priority" "public"."enum_Tickets_priority" DEFAULT 'normal', "estimate" DECIMAL(5,1), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "boardId" INTEGER REFERENCES "Boards" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "tickets_board_id_number" ON "Tickets" ("boardId", "number");
CREATE TABLE IF NOT EXISTS "Labels" ("id"   SERIAL , "name" VARCHAR(30) NOT NULL, "color" CHAR(7) NOT NULL DEFAULT '#888888', PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "ticket_labels" ("addedBy" VARCHAR(64), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "ticketId" INTEGER  REFERENCES "Tickets" ("id") ON DELETE CASCADE ON UPDATE CASCADE, "labelId" INTEGER  REFERENCES "Labels" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("ticketId","labelId"));

