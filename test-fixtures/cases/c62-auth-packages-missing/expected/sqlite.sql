-- sequelize-ddl note: bcrypt, dotenv, jsonwebtoken: not installed next to the models, the models get an inert stand-in; the Node provider fails on a missing package
CREATE TABLE IF NOT EXISTS `accounts` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `login` VARCHAR(64) NOT NULL UNIQUE, `password_hash` VARCHAR(60) NOT NULL, `role` TEXT NOT NULL DEFAULT 'member', `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `sessions` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `token_digest` VARCHAR(128) NOT NULL, `expires_at` DATETIME NOT NULL, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `account_id` INTEGER REFERENCES `accounts` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);

