-- sequelize-ddl note: loads purchase-order.mjs as ES modules (the default export is the model function); the Node provider reads only *.js and require()s them
CREATE TABLE IF NOT EXISTS `purchaseorders` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `order_number` VARCHAR(32) NOT NULL UNIQUE, `placed_at` DATETIME, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `lineitems` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `quantity` INTEGER NOT NULL DEFAULT 1, `unit_price` DECIMAL(8,2) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `purchase_order_id` INTEGER REFERENCES `purchaseorders` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);

