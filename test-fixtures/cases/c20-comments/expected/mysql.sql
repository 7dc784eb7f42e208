CREATE TABLE IF NOT EXISTS `Owners` (`id` INTEGER NOT NULL auto_increment , `name` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB COMMENT 'people who own things';
CREATE TABLE IF NOT EXISTS `Things` (`id` INTEGER NOT NULL auto_increment , `c1` INTEGER COMMENT 'it\'s a comment', `c2` VARCHAR(255) NOT NULL COMMENT 'all', `c3` VARCHAR(255) DEFAULT 'x' COMMENT 'with default', `ownerId` INTEGER COMMENT 'who', PRIMARY KEY (`id`), FOREIGN KEY (`ownerId`) REFERENCES `Owners` (`id`)) ENGINE=InnoDB COMMENT 'Thing\'s table';

