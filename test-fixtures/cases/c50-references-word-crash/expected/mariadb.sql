-- sequelize-ddl note: the Node provider and sequelize.sync() throw "Cannot read properties of null (reading '1')" here and print no DDL
-- sequelize-ddl note: createTableQuery's text surgery (PRIMARY KEY, REFERENCES, COMMENT, SERIAL, INT) does not look inside quoted strings and names; the Node provider and sequelize.sync() also edit the text of defaults, comments and enum values (a default 'see COMMENT here' is cut open, a comment 'not a PRIMARY KEY' adds the column to the key)
CREATE TABLE IF NOT EXISTS `Memos` (`id` INTEGER NOT NULL auto_increment , `text` VARCHAR(255) DEFAULT 'x-REFERENCES', PRIMARY KEY (`id`)) ENGINE=InnoDB;

