-- sequelize-ddl note: a BOOLEAN default the engine refuses as written ('true'/'false' on MySQL/MariaDB, 1/0 on PostgreSQL) is rendered as the boolean Sequelize reads it as; the Node provider and sequelize.sync() write it as given, which fails on the database
CREATE TABLE IF NOT EXISTS `Toggles` (`id` INTEGER NOT NULL auto_increment , `on` TINYINT(1) DEFAULT true, `off` TINYINT(1) NOT NULL DEFAULT false, `onStr` TINYINT(1) DEFAULT true, `offStr` TINYINT(1) DEFAULT false, `word` VARCHAR(255) DEFAULT 'trueish', `other` VARCHAR(255) DEFAULT 'falsehood', PRIMARY KEY (`id`)) ENGINE=InnoDB;

