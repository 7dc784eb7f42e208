-- sequelize-ddl note: an attribute is left out only when its type is DataTypes.VIRTUAL, as sequelize.sync() does; the Node provider drops every column whose SQL starts with VIRTUAL (a raw type 'VIRTUAL_THING')
IF OBJECT_ID('[Stamps]', 'U') IS NULL CREATE TABLE [Stamps] ([id] INTEGER NOT NULL IDENTITY(1,1) , [label] NVARCHAR(255) NULL, [nowType] GETDATE() NULL, [v1Type] UUIDV1 NULL, [v4Type] UUIDV4 NULL, [rawVirtual] VIRTUAL_THING NULL, PRIMARY KEY ([id]));

