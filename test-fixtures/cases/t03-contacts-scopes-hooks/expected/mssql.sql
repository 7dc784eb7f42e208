-- atlas:pos contact[type=table] $MODELS/Contact.ts:21-64
-- atlas:pos email[type=table] $MODELS/Email.ts:27-66
-- atlas:pos phone[type=table] $MODELS/Phone.ts:19-56

IF OBJECT_ID('[contact]', 'U') IS NULL CREATE TABLE [contact] ([id] INTEGER IDENTITY(1,1) , [name] NVARCHAR(45) NOT NULL, [alias] NVARCHAR(45) NOT NULL, [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]));
CREATE UNIQUE INDEX [name-alias] ON [contact] ([name], [alias]);
IF OBJECT_ID('[email]', 'U') IS NULL CREATE TABLE [email] ([id] INTEGER IDENTITY(1,1) , [email] NVARCHAR(60) NOT NULL, [subscription] VARCHAR(255) CHECK ([subscription] IN(N'free', N'basic', N'premium')), [contact_id] INTEGER NOT NULL, [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]), FOREIGN KEY ([contact_id]) REFERENCES [contact] ([id]) ON DELETE CASCADE);
IF OBJECT_ID('[phone]', 'U') IS NULL CREATE TABLE [phone] ([id] INTEGER IDENTITY(1,1) , [phone] NVARCHAR(20) NOT NULL, [contact_id] INTEGER NOT NULL, [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]), FOREIGN KEY ([contact_id]) REFERENCES [contact] ([id]) ON DELETE CASCADE);

