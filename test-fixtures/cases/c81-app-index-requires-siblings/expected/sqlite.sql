-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TABLE IF NOT EXISTS `authors` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(120) NOT NULL, `born` DATE, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `books` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `isbn` VARCHAR(13) NOT NULL UNIQUE, `title` VARCHAR(255) NOT NULL, `copies` INTEGER NOT NULL DEFAULT 1, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `authorId` INTEGER REFERENCES `authors` (`id`) ON DELETE CASCADE ON UPDATE CASCADE);
CREATE INDEX `books_title` ON `books` (`title`);
CREATE TABLE IF NOT EXISTS `loans` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `borrower` VARCHAR(255) NOT NULL, `due` DATETIME NOT NULL, `returned` TINYINT(1) NOT NULL DEFAULT 0, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `deletedAt` DATETIME, `bookId` INTEGER REFERENCES `books` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);

