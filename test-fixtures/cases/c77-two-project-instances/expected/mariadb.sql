-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
-- sequelize-ddl note: index fields naming an attribute are emitted as its column name (underscored / field); the Node provider and sequelize.sync() quote the attribute name, which fails on the database
CREATE TABLE IF NOT EXISTS `Accounts` (`id` INTEGER NOT NULL auto_increment , `login` VARCHAR(64) NOT NULL UNIQUE, `disabledAt` DATETIME, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Sessions` (`id` INTEGER NOT NULL auto_increment , `token` VARCHAR(128) NOT NULL UNIQUE, `expiresAt` DATETIME NOT NULL, `createdAt` DATETIME NOT NULL, `accountId` INTEGER, PRIMARY KEY (`id`), FOREIGN KEY (`accountId`) REFERENCES `Accounts` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `audit_entries` (`id` INTEGER NOT NULL auto_increment , `actor_login` VARCHAR(64) NOT NULL, `action` ENUM('login', 'logout', 'update') NOT NULL, `happened_at` DATETIME NOT NULL, `payload` JSON, PRIMARY KEY (`id`)) ENGINE=InnoDB;
ALTER TABLE `audit_entries` ADD INDEX `audit_entries_actor_login_happened_at` (`actor_login`, `happened_at`);

