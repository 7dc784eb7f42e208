-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
-- sequelize-ddl note: index fields naming an attribute are emitted as its column name (underscored / field); the Node provider and sequelize.sync() quote the attribute name, which fails on the database
CREATE TABLE IF NOT EXISTS `Accounts` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `login` VARCHAR(64) NOT NULL UNIQUE, `disabledAt` DATETIME, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `Sessions` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `token` VARCHAR(128) NOT NULL UNIQUE, `expiresAt` DATETIME NOT NULL, `createdAt` DATETIME NOT NULL, `accountId` INTEGER REFERENCES `Accounts` (`id`) ON DELETE CASCADE ON UPDATE CASCADE);
CREATE TABLE IF NOT EXISTS `audit_entries` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `actor_login` VARCHAR(64) NOT NULL, `action` TEXT NOT NULL, `happened_at` DATETIME NOT NULL, `payload` JSON);
CREATE INDEX `audit_entries_actor_login_happened_at` ON `audit_entries` (`actor_login`, `happened_at`);

