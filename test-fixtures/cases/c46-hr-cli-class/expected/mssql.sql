-- sequelize-ddl note: index fields naming an attribute are emitted as its column name (underscored / field); the Node provider and sequelize.sync() quote the attribute name, which fails on the database
-- sequelize-ddl note: the Node provider prints 2 log line(s) on stdout before the DDL; sequelize-ddl writes them to stderr:
-- sequelize-ddl note:   MSSQL does not support self referencial constraints, we will remove it but we recommend restructuring your query
-- sequelize-ddl note:   MSSQL does not support self referencial constraints, we will remove it but we recommend restructuring your query
IF OBJECT_ID('[addresses]', 'U') IS NULL CREATE TABLE [addresses] ([id] INTEGER NOT NULL IDENTITY(1,1) , [street] NVARCHAR(255) NULL, [city] NVARCHAR(100) NULL, [country] CHAR(2) DEFAULT N'DE', [employee_id] BIGINT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[departments]', 'U') IS NULL CREATE TABLE [departments] ([id] INTEGER NOT NULL IDENTITY(1,1) , [name] NVARCHAR(80) NOT NULL UNIQUE, [cost_centre] NVARCHAR(10) NULL, [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, [head_id] BIGINT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[employee_skills]', 'U') IS NULL CREATE TABLE [employee_skills] ([proficiency] SMALLINT NOT NULL DEFAULT 1, [employee_id] BIGINT , [skill_id] INTEGER , PRIMARY KEY ([employee_id], [skill_id]));
IF OBJECT_ID('[employees]', 'U') IS NULL CREATE TABLE [employees] ([id] BIGINT IDENTITY(1,1) , [employee_no] NVARCHAR(12) NOT NULL UNIQUE, [first_name] NVARCHAR(255) NOT NULL, [last_name] NVARCHAR(255) NOT NULL, [hired_at] DATE NOT NULL, [status] VARCHAR(255) CHECK ([status] IN(N'active', N'on_leave', N'terminated')), [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, [deleted_at] DATETIMEOFFSET NULL, [department_id] INTEGER NULL, [manager_id] BIGINT NULL, [position_id] INTEGER NOT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[leave_requests]', 'U') IS NULL CREATE TABLE [leave_requests] ([id] INTEGER NOT NULL IDENTITY(1,1) , [kind] VARCHAR(255) CHECK ([kind] IN(N'vacation', N'sick', N'unpaid')), [starts_on] DATE NOT NULL, [ends_on] DATE NOT NULL, [reason] NVARCHAR(MAX) NULL, [approved] BIT NULL, [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, [employee_id] BIGINT NULL, [approved_by_id] BIGINT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[positions]', 'U') IS NULL CREATE TABLE [positions] ([id] INTEGER NOT NULL IDENTITY(1,1) , [title] NVARCHAR(255) NOT NULL, [level] INTEGER NOT NULL DEFAULT 1, [min_salary] DECIMAL(12,2) NULL, [max_salary] DECIMAL(12,2) NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[salaries]', 'U') IS NULL CREATE TABLE [salaries] ([id] INTEGER NOT NULL IDENTITY(1,1) , [amount] DECIMAL(12,2) NOT NULL, [currency] CHAR(3) NOT NULL DEFAULT N'EUR', [effective_from] DATE NOT NULL, [effective_to] DATE NULL, [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, [employee_id] BIGINT NULL, PRIMARY KEY ([id]));
CREATE INDEX [salaries_employee_id_effective_from] ON [salaries] ([employee_id], [effective_from]);
IF OBJECT_ID('[skills]', 'U') IS NULL CREATE TABLE [skills] ([id] INTEGER NOT NULL IDENTITY(1,1) , [name] NVARCHAR(60) NOT NULL UNIQUE, PRIMARY KEY ([id]));
ALTER TABLE [addresses] ADD FOREIGN KEY ([employee_id]) REFERENCES [employees] ([id]) ON DELETE SET NULL;
ALTER TABLE [departments] ADD FOREIGN KEY ([head_id]) REFERENCES [employees] ([id]) ON DELETE SET NULL;
ALTER TABLE [employee_skills] ADD FOREIGN KEY ([employee_id]) REFERENCES [employees] ([id]) ON DELETE CASCADE;
ALTER TABLE [employee_skills] ADD FOREIGN KEY ([skill_id]) REFERENCES [skills] ([id]) ON DELETE CASCADE;
ALTER TABLE [employees] ADD FOREIGN KEY ([department_id]) REFERENCES [departments] ([id]) ON DELETE SET NULL;
ALTER TABLE [employees] ADD FOREIGN KEY ([manager_id]) REFERENCES [employees] ([id]);
ALTER TABLE [employees] ADD FOREIGN KEY ([position_id]) REFERENCES [positions] ([id]) ON DELETE NO ACTION;
ALTER TABLE [leave_requests] ADD FOREIGN KEY ([employee_id]) REFERENCES [employees] ([id]) ON DELETE SET NULL;
ALTER TABLE [leave_requests] ADD FOREIGN KEY ([approved_by_id]) REFERENCES [employees] ([id]);
ALTER TABLE [salaries] ADD FOREIGN KEY ([employee_id]) REFERENCES [employees] ([id]) ON DELETE CASCADE;

