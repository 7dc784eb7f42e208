-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TABLE IF NOT EXISTS "authors" ("id"   SERIAL , "name" VARCHAR(120) NOT NULL, "born" DATE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "books" ("id"   SERIAL , "isbn" VARCHAR(13) NOT NULL UNIQUE, "title" VARCHAR(255) NOT NULL, "copies" INTEGER NOT NULL DEFAULT 1, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "authorId" INTEGER REFERENCES "authors" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("id"));
CREATE INDEX "books_title" ON "books" ("title");
CREATE TABLE IF NOT EXISTS "loans" ("id"   SERIAL , "borrower" VARCHAR(255) NOT NULL, "due" TIMESTAMP WITH TIME ZONE NOT NULL, "returned" BOOLEAN NOT NULL DEFAULT false, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "deletedAt" TIMESTAMP WITH TIME ZONE, "bookId" INTEGER REFERENCES "books" ("id") ON DELETE SET NULL ON UPDATE CASCADE, PRIMARY KEY ("id"));

