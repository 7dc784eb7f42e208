-- sequelize-ddl note: loads bin.js, warehouse.js as ES modules (the default export is the model function); the Node provider reads only *.js and require()s them
-- sequelize-ddl note: lodash-es, nanoid: not installed next to the models, the models get an inert stand-in; the Node provider fails on a missing package
CREATE TABLE IF NOT EXISTS `Warehouses` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `code` VARCHAR(12) NOT NULL UNIQUE, `name` VARCHAR(72) NOT NULL, `createdBy` VARCHAR(40), `updatedBy` VARCHAR(40), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `Bins` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `aisle` SMALLINT NOT NULL, `shelf` SMALLINT NOT NULL, `createdBy` VARCHAR(40), `updatedBy` VARCHAR(40), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `WarehouseId` INTEGER REFERENCES `Warehouses` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);
CREATE UNIQUE INDEX `bins_aisle_shelf__warehouse_id` ON `Bins` (`aisle`, `shelf`, `WarehouseId`);

