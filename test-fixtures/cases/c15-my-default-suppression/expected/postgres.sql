CREATE TABLE IF NOT EXISTS "BlobHolders" ("id"   SERIAL , "txt" TEXT DEFAULT 'long', "tiny" TEXT DEFAULT 'tiny', "blob" BYTEA DEFAULT E'\\x62', "longBlob" BYTEA DEFAULT E'\\x6c62', "doc" JSON DEFAULT '[1,2]', "docb" JSONB DEFAULT '"{}"', "shape" GEOMETRY DEFAULT NULL, "pt" GEOMETRY(POINT) DEFAULT NULL, "sbin" BYTEA DEFAULT 'bin', "rawText" TEXT DEFAULT 'raw', PRIMARY KEY ("id"));

