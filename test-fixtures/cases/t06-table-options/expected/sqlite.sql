-- atlas:pos `billing.Accounts`[type=table] $MODELS/Account.ts:3-10
-- atlas:pos audit_entries[type=table] $MODELS/Audit.ts:10-22
-- atlas:pos Settings[type=table] $MODELS/Setting.ts:3-7

CREATE TABLE IF NOT EXISTS `billing.Accounts` (`id` UUID PRIMARY KEY, `balance` DECIMAL(12,2));
CREATE TABLE IF NOT EXISTS `audit_entries` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `changed_by` VARCHAR(40), `detail` TEXT, `account_ref` UUID REFERENCES `billing.Accounts` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, `deleted_at` DATETIME);
CREATE TABLE IF NOT EXISTS `Settings` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `key` VARCHAR(255), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `gizmos` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255), `updatedAt` DATETIME NOT NULL, `version` INTEGER NOT NULL DEFAULT 0);

