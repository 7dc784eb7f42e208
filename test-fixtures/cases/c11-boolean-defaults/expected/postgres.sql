CREATE TABLE IF NOT EXISTS "Toggles" ("id"   SERIAL , "on" BOOLEAN DEFAULT true, "off" BOOLEAN NOT NULL DEFAULT false, "onStr" BOOLEAN DEFAULT 'true', "offStr" BOOLEAN DEFAULT 'false', "word" VARCHAR(255) DEFAULT 'trueish', "other" VARCHAR(255) DEFAULT 'falsehood', PRIMARY KEY ("id"));

