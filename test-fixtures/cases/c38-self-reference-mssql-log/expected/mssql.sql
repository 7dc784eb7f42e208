-- sequelize-ddl note: the Node provider prints 3 log line(s) on stdout before the DDL; sequelize-ddl writes them to stderr:
-- sequelize-ddl note:   MSSQL does not support self referencial constraints, we will remove it but we recommend restructuring your query
-- sequelize-ddl note:   MSSQL does not support self referencial constraints, we will remove it but we recommend restructuring your query
-- sequelize-ddl note:   MSSQL does not support self referencial constraints, we will remove it but we recommend restructuring your query
IF OBJECT_ID('[Categories]', 'U') IS NULL CREATE TABLE [Categories] ([id] INTEGER NOT NULL IDENTITY(1,1) , [name] NVARCHAR(255) NULL, [parentId] INTEGER NULL, [CategoryId] INTEGER NULL, [twinId] INTEGER NULL, PRIMARY KEY ([id]), FOREIGN KEY ([parentId]) REFERENCES [Categories] ([id]), FOREIGN KEY ([CategoryId]) REFERENCES [Categories] ([id]), FOREIGN KEY ([twinId]) REFERENCES [Categories] ([id]));

