CREATE TABLE IF NOT EXISTS `accounts` (`id` UUID PRIMARY KEY, `name` VARCHAR(80) NOT NULL, `balance` DECIMAL(12,2) NOT NULL DEFAULT 0, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `deleted_at` DATETIME);
CREATE TABLE IF NOT EXISTS `entries` (`id` UUID PRIMARY KEY, `memo` VARCHAR(100) NOT NULL, `amount` DECIMAL(12,2) NOT NULL DEFAULT 0, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `deleted_at` DATETIME, `account_id` UUID NOT NULL REFERENCES `accounts` (`id`) ON DELETE CASCADE ON UPDATE CASCADE);
CREATE INDEX `entries_account_id` ON `entries` (`account_id`);

