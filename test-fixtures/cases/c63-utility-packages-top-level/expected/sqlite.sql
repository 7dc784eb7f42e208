-- sequelize-ddl note: date-fns, lodash, moment, uuid: not installed next to the models, the models get an inert stand-in; the Node provider fails on a missing package
CREATE TABLE IF NOT EXISTS `Events` (`id` UUID PRIMARY KEY, `title` VARCHAR(120) NOT NULL, `startsAt` DATETIME NOT NULL, `capacity` INTEGER DEFAULT 100, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `Tickets` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `code` UUID NOT NULL, `week` INTEGER, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `eventId` UUID REFERENCES `Events` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);

