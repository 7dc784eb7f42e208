-- sequelize-ddl note: index fields naming an attribute are emitted as its column name (underscored / field); the Node provider and sequelize.sync() quote the attribute name, which fails on the database
CREATE TABLE IF NOT EXISTS `addresses` (`id` INTEGER NOT NULL auto_increment , `street` VARCHAR(255), `city` VARCHAR(100), `country` CHAR(2) DEFAULT 'DE', `employee_id` BIGINT, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `departments` (`id` INTEGER NOT NULL auto_increment , `name` VARCHAR(80) NOT NULL UNIQUE, `cost_centre` VARCHAR(10), `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `head_id` BIGINT, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `employee_skills` (`proficiency` SMALLINT NOT NULL DEFAULT 1, `employee_id` BIGINT , `skill_id` INTEGER , PRIMARY KEY (`employee_id`, `skill_id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `employees` (`id` BIGINT auto_increment , `employee_no` VARCHAR(12) NOT NULL UNIQUE, `first_name` VARCHAR(255) NOT NULL, `last_name` VARCHAR(255) NOT NULL, `hired_at` DATE NOT NULL, `status` ENUM('active', 'on_leave', 'terminated') NOT NULL DEFAULT 'active', `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `deleted_at` DATETIME, `department_id` INTEGER, `manager_id` BIGINT, `position_id` INTEGER NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `leave_requests` (`id` INTEGER NOT NULL auto_increment , `kind` ENUM('vacation', 'sick', 'unpaid') NOT NULL, `starts_on` DATE NOT NULL, `ends_on` DATE NOT NULL, `reason` TEXT, `approved` TINYINT(1), `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `employee_id` BIGINT, `approved_by_id` BIGINT, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `positions` (`id` INTEGER NOT NULL auto_increment , `title` VARCHAR(255) NOT NULL, `level` INTEGER NOT NULL DEFAULT 1, `min_salary` DECIMAL(12,2), `max_salary` DECIMAL(12,2), PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `salaries` (`id` INTEGER NOT NULL auto_increment , `amount` DECIMAL(12,2) NOT NULL, `currency` CHAR(3) NOT NULL DEFAULT 'EUR', `effective_from` DATE NOT NULL, `effective_to` DATE, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `employee_id` BIGINT, PRIMARY KEY (`id`)) ENGINE=InnoDB;
ALTER TABLE `salaries` ADD INDEX `salaries_employee_id_effective_from` (`employee_id`, `effective_from`);
CREATE TABLE IF NOT EXISTS `skills` (`id` INTEGER NOT NULL auto_increment , `name` VARCHAR(60) NOT NULL UNIQUE, PRIMARY KEY (`id`)) ENGINE=InnoDB;
ALTER TABLE `addresses` ADD FOREIGN KEY (`employee_id`) REFERENCES `employees` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `departments` ADD FOREIGN KEY (`head_id`) REFERENCES `employees` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `employee_skills` ADD FOREIGN KEY (`employee_id`) REFERENCES `employees` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `employee_skills` ADD FOREIGN KEY (`skill_id`) REFERENCES `skills` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `employees` ADD FOREIGN KEY (`department_id`) REFERENCES `departments` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `employees` ADD FOREIGN KEY (`manager_id`) REFERENCES `employees` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `employees` ADD FOREIGN KEY (`position_id`) REFERENCES `positions` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE `leave_requests` ADD FOREIGN KEY (`employee_id`) REFERENCES `employees` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `leave_requests` ADD FOREIGN KEY (`approved_by_id`) REFERENCES `employees` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `salaries` ADD FOREIGN KEY (`employee_id`) REFERENCES `employees` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

