-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
CREATE TABLE IF NOT EXISTS `address` (`address_id` INTEGER PRIMARY KEY AUTOINCREMENT, `line1` VARCHAR(120) NOT NULL, `city` VARCHAR(60) NOT NULL, `postal_code` VARCHAR(10));
CREATE TABLE IF NOT EXISTS `staff` (`staff_id` INTEGER PRIMARY KEY AUTOINCREMENT, `first_name` VARCHAR(45) NOT NULL, `last_name` VARCHAR(45) NOT NULL, `address_id` INTEGER NOT NULL REFERENCES `address` (`address_id`) ON DELETE NO ACTION ON UPDATE CASCADE, `store_id` INTEGER REFERENCES `store` (`store_id`) ON DELETE SET NULL ON UPDATE CASCADE, `active` TINYINT(1) NOT NULL DEFAULT 1);
CREATE INDEX `idx_fk_address_id` ON `staff` (`address_id`);
CREATE TABLE IF NOT EXISTS `store` (`store_id` INTEGER PRIMARY KEY AUTOINCREMENT, `manager_staff_id` INTEGER NOT NULL REFERENCES `staff` (`staff_id`) ON DELETE NO ACTION ON UPDATE CASCADE, `address_id` INTEGER NOT NULL REFERENCES `address` (`address_id`) ON DELETE NO ACTION ON UPDATE CASCADE, UNIQUE (`manager_staff_id`));

