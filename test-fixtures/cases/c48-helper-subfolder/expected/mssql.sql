IF OBJECT_ID('[accounts]', 'U') IS NULL CREATE TABLE [accounts] ([id] CHAR(36) , [name] NVARCHAR(80) NOT NULL, [balance] DECIMAL(12,2) NOT NULL DEFAULT 0, [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, [deleted_at] DATETIMEOFFSET NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[entries]', 'U') IS NULL CREATE TABLE [entries] ([id] CHAR(36) , [memo] NVARCHAR(100) NOT NULL, [amount] DECIMAL(12,2) NOT NULL DEFAULT 0, [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, [deleted_at] DATETIMEOFFSET NULL, [account_id] CHAR(36) NOT NULL, PRIMARY KEY ([id]), FOREIGN KEY ([account_id]) REFERENCES [accounts] ([id]) ON DELETE CASCADE);
CREATE INDEX [entries_account_id] ON [entries] ([account_id]);

