-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TABLE IF NOT EXISTS `customers` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `email` VARCHAR(160) NOT NULL UNIQUE, `full_name` VARCHAR(120) NOT NULL, `loyalty_points` INTEGER NOT NULL DEFAULT 0, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `orders` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `reference` VARCHAR(24) NOT NULL, `total_cents` INTEGER NOT NULL, `status` TEXT NOT NULL DEFAULT 'new', `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `customer_id` INTEGER REFERENCES `customers` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);
CREATE UNIQUE INDEX `orders_reference` ON `orders` (`reference`);

