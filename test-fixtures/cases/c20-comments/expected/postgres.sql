CREATE TABLE IF NOT EXISTS "Owners" ("id"   SERIAL , "name" VARCHAR(255), PRIMARY KEY ("id")); COMMENT ON TABLE "Owners" IS 'people who own things';
CREATE TABLE IF NOT EXISTS "Things" ("id"   SERIAL , "c1" INTEGER , "c2" VARCHAR(255) NOT NULL , "c3" VARCHAR(255) DEFAULT 'x' , "ownerId" INTEGER REFERENCES "Owners" ("id") , PRIMARY KEY ("id")); COMMENT ON TABLE "Things" IS 'Thing''s table'; COMMENT ON COLUMN "Things"."c1" IS 'it''s a comment'; COMMENT ON COLUMN "Things"."c2" IS 'all'; COMMENT ON COLUMN "Things"."c3" IS 'with default'; COMMENT ON COLUMN "Things"."ownerId" IS 'who';

