-- sequelize-ddl note: indexes of a table whose name contains a dot go on that table, named as one identifier (CREATE INDEX "a.b_code" ON "a.b"); the Node provider and sequelize.sync() split both names ("a"."b_code" ON "a"."b"), which fails on the database
-- sequelize-ddl note: a JSONB attribute with index: true gets the GIN index sequelize.sync() creates (USING gin); the Node provider reads only options.indexes and leaves it out
-- sequelize-ddl note: index fields naming an attribute are emitted as its column name (underscored / field); the Node provider and sequelize.sync() quote the attribute name, which fails on the database
IF OBJECT_ID('[blog_posts]', 'U') IS NULL CREATE TABLE [blog_posts] ([id] INTEGER NOT NULL IDENTITY(1,1) , [author_name] NVARCHAR(255) NULL, [slug] NVARCHAR(255) NULL, [meta] JSONB NULL, [plain] NVARCHAR(255) NULL, [created_at] DATETIMEOFFSET NOT NULL, [updated_at] DATETIMEOFFSET NOT NULL, PRIMARY KEY ([id]));
CREATE INDEX [blog_posts_author_name] ON [blog_posts] ([author_name]);
CREATE INDEX [blog_posts_slug_text_author_name] ON [blog_posts] ([slug], [author_name]);
CREATE INDEX [blog_posts_meta] ON [blog_posts] ([meta]);
IF OBJECT_ID('[a.b]', 'U') IS NULL CREATE TABLE [a.b] ([id] INTEGER NOT NULL IDENTITY(1,1) , [code] NVARCHAR(255) NULL, PRIMARY KEY ([id]));
CREATE INDEX [a.b_code] ON [a.b] ([code]);

