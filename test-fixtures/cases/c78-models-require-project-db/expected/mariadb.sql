-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TABLE IF NOT EXISTS `user` (`id` INTEGER NOT NULL auto_increment , `email` VARCHAR(190) NOT NULL UNIQUE, `display_name` VARCHAR(80), `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `post` (`id` INTEGER NOT NULL auto_increment , `title` VARCHAR(255) NOT NULL, `body` TEXT, `published_at` DATETIME, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `author_id` INTEGER, PRIMARY KEY (`id`), FOREIGN KEY (`author_id`) REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;
ALTER TABLE `post` ADD INDEX `post_published_at` (`published_at`);

