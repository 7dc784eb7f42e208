-- atlas:pos `billing.subscriptions`[type=table] $MODELS/Subscription.ts:10-21
-- atlas:pos `billing.charges`[type=table] $MODELS/Charge.ts:11-25

CREATE TABLE IF NOT EXISTS `billing.subscriptions` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `rowVersion` INTEGER NOT NULL DEFAULT 0, `created_on` DATETIME, `changed_on` DATETIME, `removed_on` DATETIME, `plan` VARCHAR(80) NOT NULL, `cycle` TEXT DEFAULT 'monthly');
CREATE TABLE IF NOT EXISTS `billing.charges` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `rowVersion` INTEGER NOT NULL DEFAULT 0, `created_on` DATETIME, `changed_on` DATETIME, `removed_on` DATETIME, `subscriptionId` INTEGER NOT NULL REFERENCES `billing.subscriptions` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, `state` TEXT NOT NULL, `amountCents` BIGINT);

