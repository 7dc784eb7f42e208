CREATE TABLE IF NOT EXISTS "Settings" ("id"   SERIAL , "n" INTEGER DEFAULT 42, "neg" FLOAT DEFAULT '-1.5', "dbl" DOUBLE PRECISION DEFAULT '2.25', "quoted" VARCHAR(255) DEFAULT 'it''s "q" \ back', "lines" VARCHAR(255) DEFAULT 'line1
line2	tab', "empty" VARCHAR(255) DEFAULT '', "numOnString" VARCHAR(255) DEFAULT 7, "trueOnString" VARCHAR(255) DEFAULT true, "big" BIGINT DEFAULT 10, "money" DECIMAL(10,2) DEFAULT '1.50', "unicode" VARCHAR(255) DEFAULT 'café ✓', "nullDefault" VARCHAR(255) DEFAULT NULL, PRIMARY KEY ("id"));

