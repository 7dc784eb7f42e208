-- atlas:pos contact[type=table] $MODELS/Contact.ts:21-64
-- atlas:pos email[type=table] $MODELS/Email.ts:27-66
-- atlas:pos phone[type=table] $MODELS/Phone.ts:19-56

CREATE TABLE IF NOT EXISTS `contact` (`id` INTEGER auto_increment , `name` VARCHAR(45) NOT NULL, `alias` VARCHAR(45) NOT NULL, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
ALTER TABLE `contact` ADD UNIQUE INDEX `name-alias` (`name`, `alias`);
CREATE TABLE IF NOT EXISTS `email` (`id` INTEGER auto_increment , `email` VARCHAR(60) NOT NULL, `subscription` ENUM('free', 'basic', 'premium') DEFAULT 'free', `contact_id` INTEGER NOT NULL, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, PRIMARY KEY (`id`), FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `phone` (`id` INTEGER auto_increment , `phone` VARCHAR(20) NOT NULL, `contact_id` INTEGER NOT NULL, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL, PRIMARY KEY (`id`), FOREIGN KEY (`contact_id`) REFERENCES `contact` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;

