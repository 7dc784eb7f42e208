-- sequelize-ddl note: index fields naming an attribute are emitted as its column name (underscored / field); the Node provider and sequelize.sync() quote the attribute name, which fails on the database
CREATE TABLE IF NOT EXISTS "addresses" ("id"   SERIAL , "street" VARCHAR(255), "city" VARCHAR(100), "country" CHAR(2) DEFAULT 'DE', "employee_id" BIGINT, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "departments" ("id"   SERIAL , "name" VARCHAR(80) NOT NULL UNIQUE, "cost_centre" VARCHAR(10), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "head_id" BIGINT, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "employee_skills" ("proficiency" SMALLINT NOT NULL DEFAULT 1, "employee_id" BIGINT , "skill_id" INTEGER , PRIMARY KEY ("employee_id","skill_id"));
CREATE TYPE "enum_employees_status" AS ENUM('active', 'on_leave', 'terminated');
CREATE TABLE IF NOT EXISTS "employees" ("id"  BIGSERIAL , "employee_no" VARCHAR(12) NOT NULL UNIQUE, "first_name" VARCHAR(255) NOT NULL, "last_name" VARCHAR(255) NOT NULL, "hired_at" DATE NOT NULL, "status" "public"."enum_employees_status" NOT NULL DEFAULT 'active', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "department_id" INTEGER, "manager_id" BIGINT, "position_id" INTEGER NOT NULL, PRIMARY KEY ("id"));
CREATE TYPE "enum_leave_requests_kind" AS ENUM('vacation', 'sick', 'unpaid');
CREATE TABLE IF NOT EXISTS "leave_requests" ("id"   SERIAL , "kind" "public"."enum_leave_requests_kind" NOT NULL, "starts_on" DATE NOT NULL, "ends_on" DATE NOT NULL, "reason" TEXT, "approved" BOOLEAN, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "employee_id" BIGINT, "approved_by_id" BIGINT, PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "positions" ("id"   SERIAL , "title" VARCHAR(255) NOT NULL, "level" INTEGER NOT NULL DEFAULT 1, "min_salary" DECIMAL(12,2), "max_salary" DECIMAL(12,2), PRIMARY KEY ("id"));
CREATE TABLE IF NOT EXISTS "salaries" ("id"   SERIAL , "amount" DECIMAL(12,2) NOT NULL, "currency" CHAR(3) NOT NULL DEFAULT 'EUR', "effective_from" DATE NOT NULL, "effective_to" DATE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "employee_id" BIGINT, PRIMARY KEY ("id"));
CREATE INDEX "salaries_employee_id_effective_from" ON "salaries" ("employee_id", "effective_from");
CREATE TABLE IF NOT EXISTS "skills" ("id"   SERIAL , "name" VARCHAR(60) NOT NULL UNIQUE, PRIMARY KEY ("id"));
ALTER TABLE "addresses"  ADD FOREIGN KEY ("employee_id") REFERENCES "employees" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "departments"  ADD FOREIGN KEY ("head_id") REFERENCES "employees" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "employee_skills"  ADD FOREIGN KEY ("employee_id") REFERENCES "employees" ("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "employee_skills"  ADD FOREIGN KEY ("skill_id") REFERENCES "skills" ("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "employees"  ADD FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "employees"  ADD FOREIGN KEY ("manager_id") REFERENCES "employees" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "employees" ALTER COLUMN "position_id" SET NOT NULL;ALTER TABLE "employees"  ADD FOREIGN KEY ("position_id") REFERENCES "positions" ("id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "leave_requests"  ADD FOREIGN KEY ("employee_id") REFERENCES "employees" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "leave_requests"  ADD FOREIGN KEY ("approved_by_id") REFERENCES "employees" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "salaries"  ADD FOREIGN KEY ("employee_id") REFERENCES "employees" ("id") ON DELETE CASCADE ON UPDATE CASCADE;

