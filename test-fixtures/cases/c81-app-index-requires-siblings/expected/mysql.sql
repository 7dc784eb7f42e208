-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TABLE IF NOT EXISTS `authors` (`id` INTEGER NOT NULL auto_increment , `name` VARCHAR(120) NOT NULL, `born` DATE, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `books` (`id` INTEGER NOT NULL auto_increment , `isbn` VARCHAR(13) NOT NULL UNIQUE, `title` VARCHAR(255) NOT NULL, `copies` INTEGER NOT NULL DEFAULT 1, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `authorId` INTEGER, PRIMARY KEY (`id`), FOREIGN KEY (`authorId`) REFERENCES `authors` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;
ALTER TABLE `books` ADD INDEX `books_title` (`title`);
CREATE TABLE IF NOT EXISTS `loans` (`id` INTEGER NOT NULL auto_increment , `borrower` VARCHAR(255) NOT NULL, `due` DATETIME NOT NULL, `returned` TINYINT(1) NOT NULL DEFAULT false, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `deletedAt` DATETIME, `bookId` INTEGER, PRIMARY KEY (`id`), FOREIGN KEY (`bookId`) REFERENCES `books` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB;

