CREATE TABLE IF NOT EXISTS `People` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Categories` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Data` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Beta` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Leafs` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `teeth` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Statuses` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `News` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `UserBonus` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Mice` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Frozen` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `my_custom_table` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `user_profiles` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `h_t_t_p_requests` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Quizzes` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Analyses` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Holders` (`id` INTEGER NOT NULL auto_increment , `label` VARCHAR(255), `DatumId` INTEGER, PRIMARY KEY (`id`), FOREIGN KEY (`DatumId`) REFERENCES `Data` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB;

