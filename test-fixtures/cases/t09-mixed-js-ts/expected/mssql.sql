-- sequelize-ddl note: loads the *.js factories, then the *.ts classes (sequelize-typescript) of one folder; each Node provider reads one kind
-- atlas:pos articles[type=table] $MODELS/Article.ts:3-7

IF OBJECT_ID('[articles]', 'U') IS NULL CREATE TABLE [articles] ([id] INTEGER NOT NULL IDENTITY(1,1) , [headline] NVARCHAR(200) NULL, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[tags]', 'U') IS NULL CREATE TABLE [tags] ([id] INTEGER NOT NULL IDENTITY(1,1) , [label] NVARCHAR(30) NOT NULL, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, [articleId] INTEGER NULL, PRIMARY KEY ([id]), FOREIGN KEY ([articleId]) REFERENCES [articles] ([id]) ON DELETE SET NULL);

