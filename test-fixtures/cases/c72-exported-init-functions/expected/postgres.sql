-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TABLE IF NOT EXISTS "members" ("memberNo" INTEGER , "nickname" VARCHAR(40) NOT NULL, "joinedOn" DATE NOT NULL, "isBoard" BOOLEAN DEFAULT false, PRIMARY KEY ("memberNo"));
CREATE TABLE IF NOT EXISTS "memberships" ("id"   SERIAL , "season" VARCHAR(9) NOT NULL, "feeCents" INTEGER NOT NULL DEFAULT 12000, "paidAt" TIMESTAMP WITH TIME ZONE, "member_no" INTEGER NOT NULL REFERENCES "members" ("memberNo") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "memberships_member_no_season" ON "memberships" ("member_no", "season");

