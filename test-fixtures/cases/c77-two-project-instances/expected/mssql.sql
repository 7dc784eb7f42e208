-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
-- sequelize-ddl note: index fields naming an attribute are emitted as its column name (underscored / field); the Node provider and sequelize.sync() quote the attribute name, which fails on the database
IF OBJECT_ID('[Accounts]', 'U') IS NULL CREATE TABLE [Accounts] ([id] INTEGER NOT NULL IDENTITY(1,1) , [login] NVARCHAR(64) NOT NULL UNIQUE, [disabledAt] DATETIMEOFFSET NULL, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[Sessions]', 'U') IS NULL CREATE TABLE [Sessions] ([id] INTEGER NOT NULL IDENTITY(1,1) , [token] NVARCHAR(128) NOT NULL UNIQUE, [expiresAt] DATETIMEOFFSET NOT NULL, [createdAt] DATETIMEOFFSET NOT NULL, [accountId] INTEGER NULL, PRIMARY KEY ([id]), FOREIGN KEY ([accountId]) REFERENCES [Accounts] ([id]) ON DELETE CASCADE);
IF OBJECT_ID('[audit_entries]', 'U') IS NULL CREATE TABLE [audit_entries] ([id] INTEGER NOT NULL IDENTITY(1,1) , [actor_login] NVARCHAR(64) NOT NULL, [action] VARCHAR(255) CHECK ([action] IN(N'login', N'logout', N'update')), [happened_at] DATETIMEOFFSET NOT NULL, [payload] JSON NULL, PRIMARY KEY ([id]));
CREATE INDEX [audit_entries_actor_login_happened_at] ON [audit_entries] ([actor_login], [happened_at]);

