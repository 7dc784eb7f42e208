-- atlas:pos members[type=table] $MODELS/Member.ts:5-18
-- atlas:pos posts[type=table] $MODELS/Post.ts:4-24
-- atlas:pos profiles[type=table] $MODELS/Profile.ts:3-7

CREATE TABLE IF NOT EXISTS `members` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `handle` VARCHAR(32) UNIQUE);
CREATE TABLE IF NOT EXISTS `posts` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `title` VARCHAR(200), `authorHandle` VARCHAR(32), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `reviewer_id` INTEGER REFERENCES `members` (`id`) ON DELETE SET NULL ON UPDATE NO ACTION, `editorHandle` VARCHAR(32) REFERENCES `members` (`handle`) ON DELETE SET NULL ON UPDATE CASCADE);
CREATE TABLE IF NOT EXISTS `profiles` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `bio` TEXT, `ownerId` INTEGER NOT NULL REFERENCES `members` (`id`) ON DELETE CASCADE ON UPDATE CASCADE);

