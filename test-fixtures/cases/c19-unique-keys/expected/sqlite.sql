-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
-- sequelize-ddl note: named unique keys of attributes (unique: 'name') are kept beside options.uniqueKeys; the Node provider and sequelize.sync() use options.uniqueKeys || model.uniqueKeys and drop them
CREATE TABLE IF NOT EXISTS `Members` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `email` VARCHAR(255) UNIQUE, `handle` VARCHAR(255), `first` VARCHAR(255), `last` VARCHAR(255), `phone_number` VARCHAR(255), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, UNIQUE (`handle`), UNIQUE (`first`, `last`), UNIQUE (`phone_number`));
CREATE TABLE IF NOT EXISTS `Slots` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `a` INTEGER, `b` INTEGER, `c` INTEGER, `d` VARCHAR(255), UNIQUE (`a`, `b`), UNIQUE (`b`, `c`), UNIQUE (`d`));

