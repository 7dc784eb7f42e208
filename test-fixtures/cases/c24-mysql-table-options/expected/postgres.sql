CREATE TABLE IF NOT EXISTS "Plains" ("id"   SERIAL , "a" VARCHAR(255), PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "Things" ("id"   SERIAL , "name" VARCHAR(255), PRIMARY KEY ("id")); COMMENT ON TABLE "Things" IS 'Thing''s table';

