-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
-- atlas:pos Gadgets[type=table] $MODELS/Gadget.ts:21-75

CREATE TABLE IF NOT EXISTS `Gadgets` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `label` VARCHAR(255), `serial` INTEGER UNIQUE, `enabled` TINYINT(1) DEFAULT 0, `launchedOn` DATETIME NOT NULL, `hugeCounter` BIGINT, `nickname` VARCHAR(255), `motto` VARCHAR(20), `code` VARCHAR(255), `grade` VARCHAR(255) DEFAULT 'a', `size` VARCHAR(255), `status` VARCHAR(255), `weight` INTEGER NOT NULL DEFAULT 0, `madeAt` DATETIME NOT NULL, `touchedAt` DATETIME NOT NULL, `retiredAt` DATETIME, UNIQUE (`code`));

