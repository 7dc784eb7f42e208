-- sequelize-ddl note: the Node provider prints 8 log line(s) on stdout before the DDL; sequelize-ddl writes them to stderr:
-- sequelize-ddl note:   Not overriding built-in method from model attribute: toJSON
-- sequelize-ddl note:   Not overriding built-in method from model attribute: save
-- sequelize-ddl note:   Not overriding built-in method from model attribute: update
-- sequelize-ddl note:   Not overriding built-in method from model attribute: get
-- sequelize-ddl note:   Not overriding built-in method from model attribute: get
-- sequelize-ddl note:   Not overriding built-in method from model attribute: toJSON
-- sequelize-ddl note:   Not overriding built-in method from model attribute: save
-- sequelize-ddl note:   Not overriding built-in method from model attribute: update
IF OBJECT_ID('[Widgets]', 'U') IS NULL CREATE TABLE [Widgets] ([id] INTEGER NOT NULL IDENTITY(1,1) , [save] NVARCHAR(255) NULL, [update] BIT NULL, [label] NVARCHAR(255) NULL, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[Parts]', 'U') IS NULL CREATE TABLE [Parts] ([id] INTEGER NOT NULL IDENTITY(1,1) , [get] NVARCHAR(255) NULL, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, [WidgetId] INTEGER NULL, PRIMARY KEY ([id]), FOREIGN KEY ([WidgetId]) REFERENCES [Widgets] ([id]) ON DELETE SET NULL);

