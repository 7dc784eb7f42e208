-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
CREATE TABLE IF NOT EXISTS `categories` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `slug` VARCHAR(64) NOT NULL, `title` VARCHAR(128) NOT NULL, `parentId` INTEGER REFERENCES `categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE, UNIQUE (`slug`));
CREATE TABLE IF NOT EXISTS `Products` (`id` UUID PRIMARY KEY, `sku` VARCHAR(32) NOT NULL, `name` VARCHAR(255) NOT NULL, `priceCents` INTEGER NOT NULL, `active` TINYINT(1) NOT NULL DEFAULT 1, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `deletedAt` DATETIME, `categoryId` INTEGER REFERENCES `categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);
CREATE UNIQUE INDEX `products_sku` ON `Products` (`sku`);
CREATE INDEX `products_name` ON `Products` (`name`);
CREATE TABLE IF NOT EXISTS `ProductImages` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `url` VARCHAR(500) NOT NULL, `position` SMALLINT NOT NULL DEFAULT 0, `createdAt` DATETIME NOT NULL, `productId` UUID REFERENCES `Products` (`id`) ON DELETE CASCADE ON UPDATE CASCADE);

