-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
CREATE TABLE IF NOT EXISTS `Probes` (`id` INTEGER NOT NULL auto_increment , `a` VARCHAR(255), `b` INTEGER, `c` VARCHAR(255), UNIQUE `uniq_Probes_b_c` (`b`, `c`), PRIMARY KEY (`id`)) ENGINE=InnoDB;

