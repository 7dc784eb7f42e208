-- atlas:pos members[type=table] $MODELS/Member.ts:5-18
-- atlas:pos posts[type=table] $MODELS/Post.ts:4-24
-- atlas:pos profiles[type=table] $MODELS/Profile.ts:3-7

CREATE TABLE IF NOT EXISTS "members" ("id"   SERIAL , "handle" VARCHAR(32) UNIQUE, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "posts" ("id"   SERIAL , "title" VARCHAR(200), "authorHandle" VARCHAR(32), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "reviewer_id" INTEGER REFERENCES "members" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, "editorHandle" VARCHAR(32) REFERENCES "members" ("handle") ON DELETE SET NULL ON UPDATE CASCADE, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "profiles" ("id"   SERIAL , "bio" TEXT, "ownerId" INTEGER NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("id"));

