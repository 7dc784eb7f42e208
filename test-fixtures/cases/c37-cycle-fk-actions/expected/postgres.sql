-- sequelize-ddl note: cycle pass: a foreign key column with a default gets SET DEFAULT <value>; and ADD FOREIGN KEY; the Node provider and sequelize.sync() emit SET DEFAULT <value> REFERENCES …, which fails on the database
CREATE TABLE IF NOT EXISTS "Depts" ("id"   SERIAL , "name" VARCHAR(255), "managerId" INTEGER DEFAULT 1 , PRIMARY KEY ("id")); COMMENT ON COLUMN "Depts"."managerId" IS 'mgr';
CREATE TABLE IF NOT EXISTS "Emps" ("id"   SERIAL , "name" VARCHAR(255) , "DeptId" INTEGER NOT NULL, "mentorId" INTEGER, PRIMARY KEY ("id")); COMMENT ON COLUMN "Emps"."name" IS 'full name';
ALTER TABLE "Depts" ALTER COLUMN "managerId" SET DEFAULT 1;ALTER TABLE "Depts"  ADD FOREIGN KEY ("managerId") REFERENCES "Emps" ("id") ON DELETE NO ACTION ON UPDATE CASCADE; COMMENT ON COLUMN "Depts"."managerId" IS 'mgr';
ALTER TABLE "Emps" ALTER COLUMN "DeptId" SET NOT NULL;ALTER TABLE "Emps"  ADD FOREIGN KEY ("DeptId") REFERENCES "Depts" ("id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Emps"  ADD FOREIGN KEY ("mentorId") REFERENCES "Emps" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

