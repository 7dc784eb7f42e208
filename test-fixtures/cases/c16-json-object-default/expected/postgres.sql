CREATE TABLE IF NOT EXISTS "Prefs" ("id"   SERIAL , "settings" JSON DEFAULT '{"a":1}', PRIMARY KEY ("id"));

