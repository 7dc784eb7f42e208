-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
CREATE TABLE IF NOT EXISTS `authors` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `code` VARCHAR(8) UNIQUE, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `deleted_at` DATETIME, `version` INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS `Books` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `isbn` VARCHAR(13) UNIQUE);
CREATE TABLE IF NOT EXISTS `AuthorBook` (`created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `deleted_at` DATETIME, `version` INTEGER NOT NULL DEFAULT 0, `author_code` VARCHAR(8) NOT NULL REFERENCES `authors` (`code`) ON DELETE CASCADE ON UPDATE CASCADE, `book_isbn` VARCHAR(13) NOT NULL REFERENCES `Books` (`isbn`) ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY (`author_code`, `book_isbn`));
CREATE TABLE IF NOT EXISTS `Shelves` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `label` VARCHAR(255));
CREATE TABLE IF NOT EXISTS `Placements` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `position` INTEGER, `ShelfId` INTEGER REFERENCES `Shelves` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, `BookId` INTEGER REFERENCES `Books` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, UNIQUE (`ShelfId`, `BookId`));

