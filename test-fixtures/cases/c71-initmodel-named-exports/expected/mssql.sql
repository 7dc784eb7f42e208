-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
IF OBJECT_ID('[categories]', 'U') IS NULL CREATE TABLE [categories] ([id] INTEGER IDENTITY(1,1) , [slug] NVARCHAR(64) NOT NULL, [title] NVARCHAR(128) NOT NULL, [parentId] INTEGER NULL, CONSTRAINT [category_slug] UNIQUE ([slug]), PRIMARY KEY ([id]), FOREIGN KEY ([parentId]) REFERENCES [categories] ([id]));
IF OBJECT_ID('[Products]', 'U') IS NULL CREATE TABLE [Products] ([id] CHAR(36) , [sku] NVARCHAR(32) NOT NULL, [name] NVARCHAR(255) NOT NULL, [priceCents] INTEGER NOT NULL, [active] BIT NOT NULL DEFAULT 1, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, [deletedAt] DATETIMEOFFSET NULL, [categoryId] INTEGER NULL, PRIMARY KEY ([id]), FOREIGN KEY ([categoryId]) REFERENCES [categories] ([id]) ON DELETE SET NULL);
CREATE UNIQUE INDEX [products_sku] ON [Products] ([sku]);
CREATE INDEX [products_name] ON [Products] ([name]);
IF OBJECT_ID('[ProductImages]', 'U') IS NULL CREATE TABLE [ProductImages] ([id] INTEGER NOT NULL IDENTITY(1,1) , [url] NVARCHAR(500) NOT NULL, [position] SMALLINT NOT NULL DEFAULT 0, [createdAt] DATETIMEOFFSET NOT NULL, [productId] CHAR(36) NULL, PRIMARY KEY ([id]), FOREIGN KEY ([productId]) REFERENCES [Products] ([id]) ON DELETE CASCADE);

