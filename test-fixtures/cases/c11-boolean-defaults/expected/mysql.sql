CREATE TABLE IF NOT EXISTS `Toggles` (`id` INTEGER NOT NULL auto_increment , `on` TINYINT(1) DEFAULT true, `off` TINYINT(1) NOT NULL DEFAULT false, `onStr` TINYINT(1) DEFAULT 'true', `offStr` TINYINT(1) DEFAULT 'false', `word` VARCHAR(255) DEFAULT 'trueish', `other` VARCHAR(255) DEFAULT 'falsehood', PRIMARY KEY (`id`)) ENGINE=InnoDB;

