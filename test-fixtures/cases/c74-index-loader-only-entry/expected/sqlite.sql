-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TABLE IF NOT EXISTS `Boards` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `key` VARCHAR(10) NOT NULL UNIQUE, `title` VARCHAR(255) NOT NULL, `archived` TINYINT(1) NOT NULL DEFAULT 0, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `Tickets` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `number` INTEGER NOT NULL, `summary` VARCHAR(200) NOT NULL, `priority` TEXT DEFAULT 'normal', `estimate` DECIMAL(5,1), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `boardId` INTEGER REFERENCES `Boards` (`id`) ON DELETE CASCADE ON UPDATE CASCADE);
CREATE UNIQUE INDEX `tickets_board_id_number` ON `Tickets` (`boardId`, `number`);
CREATE TABLE IF NOT EXISTS `Labels` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(30) NOT NULL, `color` CHAR(7) NOT NULL DEFAULT '#888888');
CREATE TABLE IF NOT EXISTS `ticket_labels` (`addedBy` VARCHAR(64), `createdAt` DATETIME NOT NULL, `ticketId` INTEGER NOT NULL REFERENCES `Tickets` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, `labelId` INTEGER NOT NULL REFERENCES `Labels` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY (`ticketId`, `labelId`));

