-- sequelize-ddl note: loads legacy.cjs like a .js model file; the Node provider reads only *.js
IF OBJECT_ID('[FromUpperBs]', 'U') IS NULL CREATE TABLE [FromUpperBs] ([id] INTEGER NOT NULL IDENTITY(1,1) , [n] NVARCHAR(255) NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[FromZeta]', 'U') IS NULL CREATE TABLE [FromZeta] ([id] INTEGER NOT NULL IDENTITY(1,1) , [n] NVARCHAR(255) NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[FromABs]', 'U') IS NULL CREATE TABLE [FromABs] ([id] INTEGER NOT NULL IDENTITY(1,1) , [n] NVARCHAR(255) NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[FromAs]', 'U') IS NULL CREATE TABLE [FromAs] ([id] INTEGER NOT NULL IDENTITY(1,1) , [n] NVARCHAR(255) NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[Ghosts]', 'U') IS NULL CREATE TABLE [Ghosts] ([id] INTEGER NOT NULL IDENTITY(1,1) , [n] NVARCHAR(255) NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[legacy_codes]', 'U') IS NULL CREATE TABLE [legacy_codes] ([id] INTEGER NOT NULL IDENTITY(1,1) , [code] NVARCHAR(12) NOT NULL, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]));

