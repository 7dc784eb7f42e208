-- sequelize-ddl note: only whole boolean defaults are rewritten to 1/0; the Node provider and sequelize.sync() rewrite every DEFAULT 'true…/'false… prefix (DEFAULT 'trueish' -> DEFAULT 1ish'), which fails on the database
CREATE TABLE IF NOT EXISTS `Toggles` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `on` TINYINT(1) DEFAULT 1, `off` TINYINT(1) NOT NULL DEFAULT 0, `onStr` TINYINT(1) DEFAULT 1, `offStr` TINYINT(1) DEFAULT 0, `word` VARCHAR(255) DEFAULT 'trueish', `other` VARCHAR(255) DEFAULT 'falsehood');

