-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
-- sequelize-ddl note: dotenv: not installed next to the models, the models get an inert stand-in; the Node provider fails on a missing package
CREATE TABLE IF NOT EXISTS `user` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `username` VARCHAR(255) NOT NULL UNIQUE, `password` VARCHAR(255) NOT NULL);
CREATE TABLE IF NOT EXISTS `post` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `title` VARCHAR(255) NOT NULL, `body` TEXT NOT NULL, `user_id` INTEGER REFERENCES `user` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `comment` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `text` VARCHAR(500) NOT NULL, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `post_id` INTEGER REFERENCES `post` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, `user_id` INTEGER REFERENCES `user` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);

