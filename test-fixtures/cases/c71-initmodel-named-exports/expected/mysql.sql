-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
CREATE TABLE IF NOT EXISTS `categories` (`id` INTEGER UNSIGNED auto_increment , `slug` VARCHAR(64) NOT NULL, `title` VARCHAR(128) NOT NULL, `parentId` INTEGER UNSIGNED, UNIQUE `category_slug` (`slug`), PRIMARY KEY (`id`), FOREIGN KEY (`parentId`) REFERENCES `categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Products` (`id` CHAR(36) BINARY , `sku` VARCHAR(32) NOT NULL, `name` VARCHAR(255) NOT NULL, `priceCents` INTEGER NOT NULL, `active` TINYINT(1) NOT NULL DEFAULT true, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `deletedAt` DATETIME, `categoryId` INTEGER UNSIGNED, PRIMARY KEY (`id`), FOREIGN KEY (`categoryId`) REFERENCES `categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB;
ALTER TABLE `Products` ADD UNIQUE INDEX `products_sku` (`sku`);
ALTER TABLE `Products` ADD INDEX `products_name` (`name`);
CREATE TABLE IF NOT EXISTS `ProductImages` (`id` INTEGER NOT NULL auto_increment , `url` VARCHAR(500) NOT NULL, `position` SMALLINT NOT NULL DEFAULT 0, `createdAt` DATETIME NOT NULL, `productId` CHAR(36) BINARY, PRIMARY KEY (`id`), FOREIGN KEY (`productId`) REFERENCES `Products` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;

