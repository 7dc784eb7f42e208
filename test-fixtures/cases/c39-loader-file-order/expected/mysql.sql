-- sequelize-ddl note: loads legacy.cjs like a .js model file; the Node provider reads only *.js
CREATE TABLE IF NOT EXISTS `FromUpperBs` (`id` INTEGER NOT NULL auto_increment , `n` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `FromZeta` (`id` INTEGER NOT NULL auto_increment , `n` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `FromABs` (`id` INTEGER NOT NULL auto_increment , `n` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `FromAs` (`id` INTEGER NOT NULL auto_increment , `n` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Ghosts` (`id` INTEGER NOT NULL auto_increment , `n` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `legacy_codes` (`id` INTEGER NOT NULL auto_increment , `code` VARCHAR(12) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;

