-- atlas:pos `billing.subscriptions`[type=table] $MODELS/Subscription.ts:10-21
-- atlas:pos `billing.charges`[type=table] $MODELS/Charge.ts:11-25

CREATE TABLE IF NOT EXISTS `billing.subscriptions` (`id` INTEGER NOT NULL auto_increment , `rowVersion` INTEGER NOT NULL DEFAULT 0 COMMENT 'row version for optimistic locking', `created_on` DATETIME, `changed_on` DATETIME, `removed_on` DATETIME, `plan` VARCHAR(80) NOT NULL, `cycle` ENUM('monthly', 'yearly') DEFAULT 'monthly', PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `billing.charges` (`id` INTEGER NOT NULL auto_increment , `rowVersion` INTEGER NOT NULL DEFAULT 0 COMMENT 'row version for optimistic locking', `created_on` DATETIME, `changed_on` DATETIME, `removed_on` DATETIME, `subscriptionId` INTEGER NOT NULL, `state` ENUM('pending', 'paid', 'refunded') NOT NULL, `amountCents` BIGINT, PRIMARY KEY (`id`), FOREIGN KEY (`subscriptionId`) REFERENCES `billing.subscriptions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;

