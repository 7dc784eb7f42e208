-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TABLE IF NOT EXISTS `customers` (`id` INTEGER NOT NULL auto_increment , `email` VARCHAR(160) NOT NULL UNIQUE, `full_name` VARCHAR(120) NOT NULL, `loyalty_points` INTEGER NOT NULL DEFAULT 0, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `orders` (`id` INTEGER NOT NULL auto_increment , `reference` VARCHAR(24) NOT NULL, `total_cents` INTEGER NOT NULL, `status` ENUM('new', 'paid', 'shipped') NOT NULL DEFAULT 'new', `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `customer_id` INTEGER, PRIMARY KEY (`id`), FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB;
ALTER TABLE `orders` ADD UNIQUE INDEX `orders_reference` (`reference`);

