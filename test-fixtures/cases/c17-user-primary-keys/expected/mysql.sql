CREATE TABLE IF NOT EXISTS `Countries` (`code` VARCHAR(10) , `name` VARCHAR(255), PRIMARY KEY (`code`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Tokens` (`id` CHAR(36) BINARY , `value` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Counters` (`id` INTEGER auto_increment , `n` INTEGER, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `BigCounters` (`id` BIGINT auto_increment , PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `BigStricts` (`id` BIGINT NOT NULL auto_increment , PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `SmallCounters` (`id` SMALLINT auto_increment , PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Identities` (`id` INTEGER auto_increment , PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `IdentityStricts` (`id` INTEGER NOT NULL auto_increment , PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Commenteds` (`id` BIGINT auto_increment  COMMENT 'pk comment', PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Loadeds` (`pk` INTEGER DEFAULT 5 UNIQUE  COMMENT 'c', PRIMARY KEY (`pk`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Sequenceds` (`code` VARCHAR(8) , `seq` INTEGER auto_increment UNIQUE, PRIMARY KEY (`code`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Accounts` (`acct_id` INTEGER auto_increment , PRIMARY KEY (`acct_id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Unsigneds` (`id` INTEGER UNSIGNED NOT NULL auto_increment , PRIMARY KEY (`id`)) ENGINE=InnoDB;

