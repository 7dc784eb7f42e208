-- atlas:pos `billing.Accounts`[type=table] $MODELS/Account.ts:3-10
-- atlas:pos audit_entries[type=table] $MODELS/Audit.ts:10-22
-- atlas:pos Settings[type=table] $MODELS/Setting.ts:3-7

CREATE TABLE IF NOT EXISTS `billing.Accounts` (`id` CHAR(36) BINARY , `balance` DECIMAL(12,2), PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE IF NOT EXISTS `audit_entries` (`id` INTEGER NOT NULL auto_increment , `changed_by` VARCHAR(40), `detail` TEXT, `account_ref` CHAR(36) BINARY, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `deleted_at` DATETIME, PRIMARY KEY (`id`), FOREIGN KEY (`account_ref`) REFERENCES `billing.Accounts` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE) ENGINE=InnoDB COMMENT 'who changed what';
CREATE TABLE IF NOT EXISTS `Settings` (`id` INTEGER NOT NULL auto_increment , `key` VARCHAR(255), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `gizmos` (`id` INTEGER NOT NULL auto_increment , `name` VARCHAR(255), `updatedAt` DATETIME NOT NULL, `version` INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (`id`)) ENGINE=MyISAM;

