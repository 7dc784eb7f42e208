-- atlas:pos [billing].[Accounts][type=table] $MODELS/Account.ts:3-10
-- atlas:pos audit_entries[type=table] $MODELS/Audit.ts:10-22
-- atlas:pos Settings[type=table] $MODELS/Setting.ts:3-7

IF OBJECT_ID('[billing].[Accounts]', 'U') IS NULL CREATE TABLE [billing].[Accounts] ([id] CHAR(36) , [balance] DECIMAL(12,2) NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[audit_entries]', 'U') IS NULL CREATE TABLE [audit_entries] ([id] INTEGER NOT NULL IDENTITY(1,1) , [changed_by] NVARCHAR(40) NULL, [detail] NVARCHAR(MAX) NULL, [account_ref] CHAR(36) NULL, [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, [deleted_at] DATETIMEOFFSET NULL, PRIMARY KEY ([id]), FOREIGN KEY ([account_ref]) REFERENCES [billing].[Accounts] ([id]) ON DELETE NO ACTION);
IF OBJECT_ID('[Settings]', 'U') IS NULL CREATE TABLE [Settings] ([id] INTEGER NOT NULL IDENTITY(1,1) , [key] NVARCHAR(255) NULL, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[gizmos]', 'U') IS NULL CREATE TABLE [gizmos] ([id] INTEGER NOT NULL IDENTITY(1,1) , [name] NVARCHAR(255) NULL, [updatedAt] DATETIMEOFFSET NOT NULL, [version] INTEGER NOT NULL DEFAULT 0, PRIMARY KEY ([id]));

