-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
IF OBJECT_ID('[user]', 'U') IS NULL CREATE TABLE [user] ([id] INTEGER NOT NULL IDENTITY(1,1) , [email] NVARCHAR(190) NOT NULL UNIQUE, [display_name] NVARCHAR(80) NULL, [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[post]', 'U') IS NULL CREATE TABLE [post] ([id] INTEGER NOT NULL IDENTITY(1,1) , [title] NVARCHAR(255) NOT NULL, [body] NVARCHAR(MAX) NULL, [published_at] DATETIMEOFFSET NULL, [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, [author_id] INTEGER NULL, PRIMARY KEY ([id]), FOREIGN KEY ([author_id]) REFERENCES [user] ([id]) ON DELETE CASCADE);
CREATE INDEX [post_published_at] ON [post] ([published_at]);

