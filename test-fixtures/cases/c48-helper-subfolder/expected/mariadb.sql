CREATE TABLE IF NOT EXISTS `accounts` (`id` CHAR(36) BINARY , `name` VARCHAR(80) NOT NULL, `balance` DECIMAL(12,2) NOT NULL DEFAULT 0, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `deleted_at` DATETIME, PRIMARY KEY (`id`)) ENGINE=InnoDB COMMENT 'ledger accounts';
CREATE TABLE IF NOT EXISTS `entries` (`id` CHAR(36) BINARY , `memo` VARCHAR(100) NOT NULL, `amount` DECIMAL(12,2) NOT NULL DEFAULT 0, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `deleted_at` DATETIME, `account_id` CHAR(36) BINARY NOT NULL, PRIMARY KEY (`id`), FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;
ALTER TABLE `entries` ADD INDEX `entries_account_id` (`account_id`);

