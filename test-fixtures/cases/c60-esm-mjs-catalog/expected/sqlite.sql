-- sequelize-ddl note: loads category.mjs, product.mjs as ES modules (the default export is the model function); the Node provider reads only *.js and require()s them
CREATE TABLE IF NOT EXISTS `catalog_categories` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(80) NOT NULL UNIQUE, `slug` VARCHAR(80) NOT NULL);
CREATE TABLE IF NOT EXISTS `catalog_products` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `sku` VARCHAR(24) NOT NULL UNIQUE, `title` VARCHAR(255) NOT NULL, `status` TEXT NOT NULL DEFAULT 'draft', `price` DECIMAL(10,2) NOT NULL DEFAULT 0, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `categoryId` INTEGER REFERENCES `catalog_categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);
CREATE INDEX `catalog_products_status` ON `catalog_products` (`status`);

