-- sequelize-ddl note: loads bin.js, warehouse.js as ES modules (the default export is the model function); the Node provider reads only *.js and require()s them
-- sequelize-ddl note: lodash-es, nanoid: not installed next to the models, the models get an inert stand-in; the Node provider fails on a missing package
CREATE TABLE IF NOT EXISTS `Warehouses` (`id` INTEGER NOT NULL auto_increment , `code` VARCHAR(12) NOT NULL UNIQUE, `name` VARCHAR(72) NOT NULL, `createdBy` VARCHAR(40), `updatedBy` VARCHAR(40), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Bins` (`id` INTEGER NOT NULL auto_increment , `aisle` SMALLINT NOT NULL, `shelf` SMALLINT NOT NULL, `createdBy` VARCHAR(40), `updatedBy` VARCHAR(40), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `WarehouseId` INTEGER, PRIMARY KEY (`id`), FOREIGN KEY (`WarehouseId`) REFERENCES `Warehouses` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB;
ALTER TABLE `Bins` ADD UNIQUE INDEX `bins_aisle_shelf__warehouse_id` (`aisle`, `shelf`, `WarehouseId`);

