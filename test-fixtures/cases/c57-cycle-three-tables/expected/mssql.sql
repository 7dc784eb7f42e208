-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
IF OBJECT_ID('[Authors]', 'U') IS NULL CREATE TABLE [Authors] ([id] INTEGER NOT NULL IDENTITY(1,1) , [penName] NVARCHAR(255) NULL, [genre] VARCHAR(255) CHECK ([genre] IN(N'fiction', N'essay')), [PublisherId] INTEGER NULL, CONSTRAINT [author_pen_name_uq] UNIQUE ([penName]), PRIMARY KEY ([id]));
CREATE INDEX [authors_genre] ON [Authors] ([genre]);
IF OBJECT_ID('[lib].[Books]', 'U') IS NULL CREATE TABLE [lib].[Books] ([id] INTEGER NOT NULL IDENTITY(1,1) , [title] NVARCHAR(255) NOT NULL, [AuthorId] INTEGER NOT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[Publishers]', 'U') IS NULL CREATE TABLE [Publishers] ([id] INTEGER NOT NULL IDENTITY(1,1) , [name] NVARCHAR(255) NOT NULL, [bestsellerId] INTEGER NULL, PRIMARY KEY ([id]));
ALTER TABLE [Authors] ADD FOREIGN KEY ([PublisherId]) REFERENCES [Publishers] ([id]) ON DELETE RESTRICT;
ALTER TABLE [lib].[Books] ADD FOREIGN KEY ([AuthorId]) REFERENCES [Authors] ([id]) ON DELETE NO ACTION;
ALTER TABLE [Publishers] ADD FOREIGN KEY ([bestsellerId]) REFERENCES [lib].[Books] ([id]) ON DELETE SET NULL;

