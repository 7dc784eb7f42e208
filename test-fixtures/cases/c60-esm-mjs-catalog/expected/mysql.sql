-- sequelize-ddl note: loads category.mjs, product.mjs as ES modules (the default export is the model function); the Node provider reads only *.js and require()s them
CREATE TABLE IF NOT EXISTS `catalog_categories` (`id` INTEGER NOT NULL auto_increment , `name` VARCHAR(80) NOT NULL UNIQUE, `slug` VARCHAR(80) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `catalog_products` (`id` INTEGER NOT NULL auto_increment , `sku` VARCHAR(24) NOT NULL UNIQUE, `title` VARCHAR(255) NOT NULL, `status` ENUM('draft', 'published', 'archived') NOT NULL DEFAULT 'draft', `price` DECIMAL(10,2) NOT NULL DEFAULT 0, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `categoryId` INTEGER, PRIMARY KEY (`id`), FOREIGN KEY (`categoryId`) REFERENCES `catalog_categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB COMMENT 'defined in models';
ALTER TABLE `catalog_products` ADD INDEX `catalog_products_status` (`status`);

