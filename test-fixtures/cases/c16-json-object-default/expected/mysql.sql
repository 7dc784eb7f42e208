CREATE TABLE IF NOT EXISTS `Prefs` (`id` INTEGER NOT NULL auto_increment , `settings` JSON, PRIMARY KEY (`id`)) ENGINE=InnoDB;

