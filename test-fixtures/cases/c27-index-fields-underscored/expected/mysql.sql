-- sequelize-ddl note: index fields naming an attribute are emitted as its column name (underscored / field); the Node provider and sequelize.sync() quote the attribute name, which fails on the database
CREATE TABLE IF NOT EXISTS `blog_posts` (`id` INTEGER NOT NULL auto_increment , `author_name` VARCHAR(255), `slug` VARCHAR(255), `meta` JSONB, `plain` VARCHAR(255), `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
ALTER TABLE `blog_posts` ADD INDEX `blog_posts_author_name` (`author_name`);
ALTER TABLE `blog_posts` ADD INDEX `blog_posts_slug_text_author_name` (`slug`, `author_name`);
CREATE TABLE IF NOT EXISTS `a.b` (`id` INTEGER NOT NULL auto_increment , `code` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
ALTER TABLE `a`.`b` ADD INDEX `a`.`b_code` (`code`);

