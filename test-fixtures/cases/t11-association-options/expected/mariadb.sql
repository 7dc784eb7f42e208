-- atlas:pos members[type=table] $MODELS/Member.ts:5-18
-- atlas:pos posts[type=table] $MODELS/Post.ts:4-24
-- atlas:pos profiles[type=table] $MODELS/Profile.ts:3-7

CREATE TABLE IF NOT EXISTS `members` (`id` INTEGER NOT NULL auto_increment , `handle` VARCHAR(32) UNIQUE, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `posts` (`id` INTEGER NOT NULL auto_increment , `title` VARCHAR(200), `authorHandle` VARCHAR(32), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `reviewer_id` INTEGER, `editorHandle` VARCHAR(32), PRIMARY KEY (`id`), FOREIGN KEY (`reviewer_id`) REFERENCES `members` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION, FOREIGN KEY (`editorHandle`) REFERENCES `members` (`handle`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `profiles` (`id` INTEGER NOT NULL auto_increment , `bio` TEXT, `ownerId` INTEGER NOT NULL, PRIMARY KEY (`id`), FOREIGN KEY (`ownerId`) REFERENCES `members` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;

