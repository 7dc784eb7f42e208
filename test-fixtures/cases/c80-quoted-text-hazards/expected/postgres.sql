-- sequelize-ddl note: createTableQuery's text surgery (PRIMARY KEY, REFERENCES, COMMENT, SERIAL, INT) does not look inside quoted strings and names; the Node provider and sequelize.sync() also edit the text of defaults, comments and enum values (a default 'see COMMENT here' is cut open, a comment 'not a PRIMARY KEY' adds the column to the key)
CREATE TYPE "enum_Notes_state" AS ENUM('PRIMARY KEY', 'COMMENT x', 'open');
CREATE TABLE IF NOT EXISTS "Notes" ("id"   SERIAL , "label" VARCHAR(20) NOT NULL DEFAULT 'A PRIMARY KEY', "ref" VARCHAR(255) DEFAULT 'see REFERENCES x', "said" VARCHAR(255) DEFAULT 'no COMMENT here', "serial" VARCHAR(255) NOT NULL DEFAULT 'SERIAL no', "big" VARCHAR(255) DEFAULT 'BIGINT SERIAL', "path" VARCHAR(255) DEFAULT 'C:\PRIMARY KEY\', "quote" VARCHAR(255) NOT NULL DEFAULT 'it''s NOT NULL', "flag" VARCHAR(255) DEFAULT 'say DEFAULT true now', "state" "public"."enum_Notes_state" DEFAULT 'open', "info" VARCHAR(255) , PRIMARY KEY ("id")); COMMENT ON COLUMN "Notes"."info" IS 'it''s a PRIMARY KEY, not REFERENCES';
CREATE TABLE IF NOT EXISTS "POINTS" ("code" VARCHAR(10) , PRIMARY KEY ("code"));
CREATE TABLE IF NOT EXISTS "PointDetails" ("code" VARCHAR(10)  REFERENCES "POINTS" ("code"), PRIMARY KEY ("code"));
CREATE TABLE IF NOT EXISTS "Counters" ("id"  SERIAL , PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "CounterExtras" ("id" INTEGER DEFAULT 1  REFERENCES "Counters" ("id"), PRIMARY KEY ("id"));

