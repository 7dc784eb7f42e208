-- sequelize-ddl note: date-fns, lodash, moment, uuid: not installed next to the models, the models get an inert stand-in; the Node provider fails on a missing package
CREATE TABLE IF NOT EXISTS `Events` (`id` CHAR(36) BINARY , `title` VARCHAR(120) NOT NULL, `startsAt` DATETIME NOT NULL, `capacity` INTEGER DEFAULT 100, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Tickets` (`id` INTEGER NOT NULL auto_increment , `code` CHAR(36) BINARY NOT NULL, `week` INTEGER, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `eventId` CHAR(36) BINARY, PRIMARY KEY (`id`), FOREIGN KEY (`eventId`) REFERENCES `Events` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB;

