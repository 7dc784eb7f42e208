CREATE TABLE IF NOT EXISTS `Orders` (`id` INTEGER NOT NULL auto_increment , `e1` ENUM('a', 'b'), `e2` ENUM('x', 'it\'s'), `e3` ENUM('p', 'q'), `e4` ENUM('v1', 'v2') NOT NULL DEFAULT 'v2' COMMENT 'state', `e5` ENUM('only', 'these'), `e_six` ENUM('override1'), `e7` ENUM('u1', 'u2') UNIQUE, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;

