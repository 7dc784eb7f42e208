CREATE TABLE IF NOT EXISTS "Docs" ("id"   SERIAL , "title" VARCHAR(255), "status" VARCHAR(255), "body" TEXT, "authorId" INTEGER, "UserId" INTEGER, "data" JSONB, "geo" GEOMETRY(POINT), PRIMARY KEY ("id"));
CREATE INDEX "docs_title" ON "Docs" ("title");
CREATE INDEX "custom_name" ON "Docs" ("title" COLLATE "en_US" DESC, "status" ASC);
CREATE INDEX "docs_author_id" ON "Docs" USING BTREE ("authorId");
CREATE INDEX "docs__user_id" ON "Docs" ("UserId");
CREATE UNIQUE INDEX "docs_title_author_id" ON "Docs" ("title", "authorId");
CREATE INDEX "docs_body" ON "Docs" ("body");
CREATE INDEX "parser_idx" ON "Docs" ("body");
CREATE INDEX "docs_geo" ON "Docs" ("geo");
CREATE INDEX "docs_" ON "Docs" (lower("title"));
CREATE INDEX "docs_data" ON "Docs" USING gin ("data" jsonb_path_ops);
CREATE INDEX CONCURRENTLY "conc_idx" ON "Docs" ("title");
CREATE INDEX "docs_status" ON "Docs" ("status") WHERE "authorId" > 5 AND "title" IS NULL;
CREATE INDEX "active_idx" ON "Docs" ("status") WHERE "status" = 'active';
CREATE UNIQUE INDEX "Explicit_Name" ON "Docs" ("title", "status");

