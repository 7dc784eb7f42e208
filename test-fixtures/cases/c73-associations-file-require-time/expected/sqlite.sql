-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TABLE IF NOT EXISTS `authors` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(100) NOT NULL, `born` INTEGER, `country` CHAR(2), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `books` (`isbn` VARCHAR(13) PRIMARY KEY, `title` VARCHAR(255) NOT NULL, `pages` INTEGER, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `author_id` INTEGER REFERENCES `authors` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);
CREATE TABLE IF NOT EXISTS `reviews` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `stars` INTEGER NOT NULL, `body` TEXT, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `bookIsbn` VARCHAR(13) NOT NULL REFERENCES `books` (`isbn`) ON DELETE CASCADE ON UPDATE CASCADE);

