-- sequelize-ddl note: loads category.mjs, product.mjs as ES modules (the default export is the model function); the Node provider reads only *.js and require()s them
IF OBJECT_ID('[catalog_categories]', 'U') IS NULL CREATE TABLE [catalog_categories] ([id] INTEGER NOT NULL IDENTITY(1,1) , [name] NVARCHAR(80) NOT NULL UNIQUE, [slug] NVARCHAR(80) NOT NULL, PRIMARY KEY ([id]));
IF OBJECT_ID('[catalog_products]', 'U') IS NULL CREATE TABLE [catalog_products] ([id] INTEGER NOT NULL IDENTITY(1,1) , [sku] NVARCHAR(24) NOT NULL UNIQUE, [title] NVARCHAR(255) NOT NULL, [status] VARCHAR(255) CHECK ([status] IN(N'draft', N'published', N'archived')), [price] DECIMAL(10,2) NOT NULL DEFAULT 0, [createdAt] DATETIMEOFFSET NOT NULL, [updatedAt] DATETIMEOFFSET NOT NULL, [categoryId] INTEGER NULL, PRIMARY KEY ([id]), FOREIGN KEY ([categoryId]) REFERENCES [catalog_categories] ([id]) ON DELETE SET NULL);
CREATE INDEX [catalog_products_status] ON [catalog_products] ([status]);

