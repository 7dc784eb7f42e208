-- sequelize-ddl note: a string reference from a schema table to a table of the same schema names that table, as postgres and MariaDB resolve it; the Node provider and sequelize.sync() write the bare name, a table that does not exist here
IF OBJECT_ID('[core].[Orgs]', 'U') IS NULL CREATE TABLE [core].[Orgs] ([id] INTEGER NOT NULL IDENTITY(1,1) , [name] NVARCHAR(255) NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[app].[Orders]', 'U') IS NULL CREATE TABLE [app].[Orders] ([id] INTEGER NOT NULL IDENTITY(1,1) , [status] VARCHAR(255) CHECK ([status] IN(N'a', N'b')), PRIMARY KEY ([id]));
IF OBJECT_ID('[inv].[Items]', 'U') IS NULL CREATE TABLE [inv].[Items] ([id] INTEGER NOT NULL IDENTITY(1,1) , [code] NVARCHAR(255) NULL, [kind] VARCHAR(255) CHECK ([kind] IN(N'x', N'y')), PRIMARY KEY ([id]));
CREATE INDEX [items_code] ON [inv].[Items] ([code]);
IF OBJECT_ID('[hr].[Orgs]', 'U') IS NULL CREATE TABLE [hr].[Orgs] ([id] INTEGER NOT NULL IDENTITY(1,1) , [title] NVARCHAR(255) NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[hr].[Emps]', 'U') IS NULL CREATE TABLE [hr].[Emps] ([id] INTEGER NOT NULL IDENTITY(1,1) , [orgRef] INTEGER NULL, [OrgId] INTEGER NULL, PRIMARY KEY ([id]), FOREIGN KEY ([orgRef]) REFERENCES [hr].[Orgs] ([id]), FOREIGN KEY ([OrgId]) REFERENCES [core].[Orgs] ([id]) ON DELETE SET NULL);
IF OBJECT_ID('[Plains]', 'U') IS NULL CREATE TABLE [Plains] ([id] INTEGER NOT NULL IDENTITY(1,1) , [a] NVARCHAR(255) NULL, [OrgId] INTEGER NULL, [OrderId] INTEGER NULL, PRIMARY KEY ([id]), FOREIGN KEY ([OrgId]) REFERENCES [core].[Orgs] ([id]) ON DELETE SET NULL, FOREIGN KEY ([OrderId]) REFERENCES [app].[Orders] ([id]) ON DELETE SET NULL);

