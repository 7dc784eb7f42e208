-- sequelize-ddl note: the Node provider prints 2 log line(s) on stdout before the DDL; sequelize-ddl writes them to stderr:
-- sequelize-ddl note:   MSSQL does not support self referencial constraints, we will remove it but we recommend restructuring your query
-- sequelize-ddl note:   MSSQL does not support self referencial constraints, we will remove it but we recommend restructuring your query
IF OBJECT_ID('[Depts]', 'U') IS NULL CREATE TABLE [Depts] ([id] INTEGER NOT NULL IDENTITY(1,1) , [name] NVARCHAR(255) NULL, [managerId] INTEGER DEFAULT 1, PRIMARY KEY ([id])); EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'mgr', @level0type = N'Schema', @level0name = 'dbo', @level1type = N'Table', @level1name = [Depts], @level2type = N'Column', @level2name = [managerId];
IF OBJECT_ID('[Emps]', 'U') IS NULL CREATE TABLE [Emps] ([id] INTEGER NOT NULL IDENTITY(1,1) , [name] NVARCHAR(255) NULL, [DeptId] INTEGER NOT NULL, [mentorId] INTEGER NULL, PRIMARY KEY ([id])); EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'full name', @level0type = N'Schema', @level0name = 'dbo', @level1type = N'Table', @level1name = [Emps], @level2type = N'Column', @level2name = [name];
ALTER TABLE [Depts] ADD FOREIGN KEY ([managerId]) REFERENCES [Emps] ([id]) ON DELETE NO ACTION; EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'mgr', @level0type = N'Schema', @level0name = 'dbo', @level1type = N'Table', @level1name = [Depts], @level2type = N'Column', @level2name = [managerId];
ALTER TABLE [Emps] ADD FOREIGN KEY ([DeptId]) REFERENCES [Depts] ([id]) ON DELETE NO ACTION;
ALTER TABLE [Emps] ADD FOREIGN KEY ([mentorId]) REFERENCES [Emps] ([id]);

