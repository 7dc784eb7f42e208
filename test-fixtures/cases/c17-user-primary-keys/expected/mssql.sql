IF OBJECT_ID('[Countries]', 'U') IS NULL CREATE TABLE [Countries] ([code] NVARCHAR(10) , [name] NVARCHAR(255) NULL, PRIMARY KEY ([code]));
IF OBJECT_ID('[Tokens]', 'U') IS NULL CREATE TABLE [Tokens] ([id] CHAR(36) , [value] NVARCHAR(255) NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[Counters]', 'U') IS NULL CREATE TABLE [Counters] ([id] INTEGER IDENTITY(1,1) , [n] INTEGER NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[BigCounters]', 'U') IS NULL CREATE TABLE [BigCounters] ([id] BIGINT IDENTITY(1,1) , PRIMARY KEY ([id]));
IF OBJECT_ID('[BigStricts]', 'U') IS NULL CREATE TABLE [BigStricts] ([id] BIGINT NOT NULL IDENTITY(1,1) , PRIMARY KEY ([id]));
IF OBJECT_ID('[SmallCounters]', 'U') IS NULL CREATE TABLE [SmallCounters] ([id] SMALLINT IDENTITY(1,1) , PRIMARY KEY ([id]));
IF OBJECT_ID('[Identities]', 'U') IS NULL CREATE TABLE [Identities] ([id] INTEGER IDENTITY(1,1) , PRIMARY KEY ([id]));
IF OBJECT_ID('[IdentityStricts]', 'U') IS NULL CREATE TABLE [IdentityStricts] ([id] INTEGER NOT NULL IDENTITY(1,1) , PRIMARY KEY ([id]));
IF OBJECT_ID('[Commenteds]', 'U') IS NULL CREATE TABLE [Commenteds] ([id] BIGINT IDENTITY(1,1) , PRIMARY KEY ([id])); EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'pk comment', @level0type = N'Schema', @level0name = 'dbo', @level1type = N'Table', @level1name = [Commenteds], @level2type = N'Column', @level2name = [id];
IF OBJECT_ID('[Loadeds]', 'U') IS NULL CREATE TABLE [Loadeds] ([pk] INTEGER DEFAULT 5 UNIQUE , PRIMARY KEY ([pk])); EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'c', @level0type = N'Schema', @level0name = 'dbo', @level1type = N'Table', @level1name = [Loadeds], @level2type = N'Column', @level2name = [pk];
IF OBJECT_ID('[Sequenceds]', 'U') IS NULL CREATE TABLE [Sequenceds] ([code] NVARCHAR(8) , [seq] INTEGER NULL IDENTITY(1,1) UNIQUE, PRIMARY KEY ([code]));
IF OBJECT_ID('[Accounts]', 'U') IS NULL CREATE TABLE [Accounts] ([acct_id] INTEGER IDENTITY(1,1) , PRIMARY KEY ([acct_id]));
IF OBJECT_ID('[Unsigneds]', 'U') IS NULL CREATE TABLE [Unsigneds] ([id] INTEGER NOT NULL IDENTITY(1,1) , PRIMARY KEY ([id]));

