-- sequelize-ddl note: indexes of a table whose name contains a dot go on that table, named as one identifier (CREATE INDEX "a.b_code" ON "a.b"); the Node provider and sequelize.sync() split both names ("a"."b_code" ON "a"."b"), which fails on the database
-- sequelize-ddl note: a JSONB attribute with index: true gets the GIN index sequelize.sync() creates (USING gin); the Node provider reads only options.indexes and leaves it out
-- sequelize-ddl note: index fields naming an attribute are emitted as its column name (underscored / field); the Node provider and sequelize.sync() quote the attribute name, which fails on the database
CREATE TABLE IF NOT EXISTS `blog_posts` (`id` INTEGER NOT NULL auto_increment , `author_name` VARCHAR(255), `slug` VARCHAR(255), `meta` JSONB, `plain` VARCHAR(255), `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
ALTER TABLE `blog_posts` ADD INDEX `blog_posts_author_name` (`author_name`);
ALTER TABLE `blog_posts` ADD INDEX `blog_posts_slug_text_author_name` (`slug`, `author_name`);
ALTER TABLE `blog_posts` ADD INDEX `blog_posts_meta` USING gin (`meta`);
CREATE TABLE IF NOT EXISTS `a.b` (`id` INTEGER NOT NULL auto_increment , `code` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
ALTER TABLE `a.b` ADD INDEX `a.b_code` (`code`);

