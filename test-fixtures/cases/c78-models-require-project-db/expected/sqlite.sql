-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TABLE IF NOT EXISTS `user` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `email` VARCHAR(190) NOT NULL UNIQUE, `display_name` VARCHAR(80), `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `post` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `title` VARCHAR(255) NOT NULL, `body` TEXT, `published_at` DATETIME, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `author_id` INTEGER REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE);
CREATE INDEX `post_published_at` ON `post` (`published_at`);

