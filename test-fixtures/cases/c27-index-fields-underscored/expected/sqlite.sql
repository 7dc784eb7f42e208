-- sequelize-ddl note: indexes of a table whose name contains a dot go on that table, named as one identifier (CREATE INDEX "a.b_code" ON "a.b"); the Node provider and sequelize.sync() split both names ("a"."b_code" ON "a"."b"), which fails on the database
-- sequelize-ddl note: a JSONB attribute with index: true gets the GIN index sequelize.sync() creates (USING gin); the Node provider reads only options.indexes and leaves it out
-- sequelize-ddl note: index fields naming an attribute are emitted as its column name (underscored / field); the Node provider and sequelize.sync() quote the attribute name, which fails on the database
CREATE TABLE IF NOT EXISTS `blog_posts` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `author_name` VARCHAR(255), `slug` VARCHAR(255), `meta` JSONB, `plain` VARCHAR(255), `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL);
CREATE INDEX `blog_posts_author_name` ON `blog_posts` (`author_name`);
CREATE INDEX `blog_posts_slug_text_author_name` ON `blog_posts` (`slug`, `author_name`);
CREATE INDEX `blog_posts_meta` ON `blog_posts` (`meta`);
CREATE TABLE IF NOT EXISTS `a.b` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `code` VARCHAR(255));
CREATE INDEX `a.b_code` ON `a.b` (`code`);

