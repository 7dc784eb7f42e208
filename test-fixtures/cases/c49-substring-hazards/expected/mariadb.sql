-- sequelize-ddl note: createTableQuery's text surgery (PRIMARY KEY, REFERENCES, COMMENT, SERIAL, INT) does not look inside quoted strings and names; the Node provider and sequelize.sync() also edit the text of defaults, comments and enum values (a default 'see COMMENT here' is cut open, a comment 'not a PRIMARY KEY' adds the column to the key)
CREATE TABLE IF NOT EXISTS `Intros` (`code` VARCHAR(10) DEFAULT 'INTRO' , PRIMARY KEY (`code`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `W1s` (`id` INTEGER NOT NULL auto_increment , `a` VARCHAR(255) NOT NULL DEFAULT 'SERIAL-1', `c` VARCHAR(255) COMMENT 'not a PRIMARY KEY at all', PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `W2s` (`id` INTEGER NOT NULL auto_increment , `b` VARCHAR(255) DEFAULT 'see COMMENT here', PRIMARY KEY (`id`)) ENGINE=InnoDB;

