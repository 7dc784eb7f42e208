-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
CREATE TABLE IF NOT EXISTS `Probes` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `a` VARCHAR(255) NOT NULL, `b` INTEGER NOT NULL, `c` VARCHAR(255), UNIQUE (`b`, `c`));

