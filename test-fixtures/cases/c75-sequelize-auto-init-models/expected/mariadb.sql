-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
CREATE TABLE IF NOT EXISTS `address` (`address_id` INTEGER NOT NULL auto_increment , `line1` VARCHAR(120) NOT NULL, `city` VARCHAR(60) NOT NULL, `postal_code` VARCHAR(10), PRIMARY KEY (`address_id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `staff` (`staff_id` INTEGER NOT NULL auto_increment , `first_name` VARCHAR(45) NOT NULL, `last_name` VARCHAR(45) NOT NULL, `address_id` INTEGER NOT NULL, `store_id` INTEGER, `active` TINYINT(1) NOT NULL DEFAULT 1, PRIMARY KEY (`staff_id`)) ENGINE=InnoDB;
ALTER TABLE `staff` ADD INDEX `idx_fk_address_id` USING BTREE (`address_id`);
CREATE TABLE IF NOT EXISTS `store` (`store_id` INTEGER NOT NULL auto_increment , `manager_staff_id` INTEGER NOT NULL, `address_id` INTEGER NOT NULL, UNIQUE `idx_unique_manager` (`manager_staff_id`), PRIMARY KEY (`store_id`)) ENGINE=InnoDB;
ALTER TABLE `staff` ADD FOREIGN KEY (`address_id`) REFERENCES `address` (`address_id`) ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE `staff` ADD FOREIGN KEY (`store_id`) REFERENCES `store` (`store_id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `store` ADD FOREIGN KEY (`manager_staff_id`) REFERENCES `staff` (`staff_id`) ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE `store` ADD FOREIGN KEY (`address_id`) REFERENCES `address` (`address_id`) ON DELETE NO ACTION ON UPDATE CASCADE;

