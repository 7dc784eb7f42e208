-- sequelize-ddl note: index fields naming an attribute are emitted as its column name (underscored / field); the Node provider and sequelize.sync() quote the attribute name, which fails on the database
CREATE TABLE IF NOT EXISTS `blog_posts` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `author_name` VARCHAR(255), `slug` VARCHAR(255), `meta` JSONB, `plain` VARCHAR(255), `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL);
CREATE INDEX `blog_posts_author_name` ON `blog_posts` (`author_name`);
CREATE INDEX `blog_posts_slug_text_author_name` ON `blog_posts` (`slug`, `author_name`);
CREATE TABLE IF NOT EXISTS `a.b` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `code` VARCHAR(255));
CREATE INDEX `a`.`b_code` ON `a`.`b` (`code`);

