-- sequelize-ddl note: a string reference from a schema table to a table of the same schema names that table, as postgres and MariaDB resolve it; the Node provider and sequelize.sync() write the bare name, a table that does not exist here
CREATE TABLE IF NOT EXISTS `core.Orgs` (`id` INTEGER NOT NULL auto_increment , `name` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `app.Orders` (`id` INTEGER NOT NULL auto_increment , `status` ENUM('a', 'b') COMMENT 'has (parens)', PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `inv_Items` (`id` INTEGER NOT NULL auto_increment , `code` VARCHAR(255), `kind` ENUM('x', 'y'), PRIMARY KEY (`id`)) ENGINE=InnoDB;
ALTER TABLE `inv_Items` ADD INDEX `items_code` (`code`);
CREATE TABLE IF NOT EXISTS `hr.Orgs` (`id` INTEGER NOT NULL auto_increment , `title` VARCHAR(255), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `hr.Emps` (`id` INTEGER NOT NULL auto_increment , `orgRef` INTEGER, `OrgId` INTEGER, PRIMARY KEY (`id`), FOREIGN KEY (`orgRef`) REFERENCES `hr.Orgs` (`id`), FOREIGN KEY (`OrgId`) REFERENCES `core.Orgs` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Plains` (`id` INTEGER NOT NULL auto_increment , `a` VARCHAR(255), `OrgId` INTEGER, `OrderId` INTEGER, PRIMARY KEY (`id`), FOREIGN KEY (`OrgId`) REFERENCES `core.Orgs` (`id`) ON DELETE SET NULL ON UPDATE CASCADE, FOREIGN KEY (`OrderId`) REFERENCES `app.Orders` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB;

