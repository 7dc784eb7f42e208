-- atlas:pos contact[type=table] $MODELS/Contact.ts:21-64
-- atlas:pos email[type=table] $MODELS/Email.ts:27-66
-- atlas:pos phone[type=table] $MODELS/Phone.ts:19-56

CREATE TABLE IF NOT EXISTS `contact` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(45) NOT NULL, `alias` VARCHAR(45) NOT NULL, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL);
CREATE UNIQUE INDEX `name-alias` ON `contact` (`name`, `alias`);
CREATE TABLE IF NOT EXISTS `email` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `email` VARCHAR(60) NOT NULL, `subscription` TEXT DEFAULT 'free', `contact_id` INTEGER NOT NULL REFERENCES `contact` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `phone` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `phone` VARCHAR(20) NOT NULL, `contact_id` INTEGER NOT NULL REFERENCES `contact` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL);

