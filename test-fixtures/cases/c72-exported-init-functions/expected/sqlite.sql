-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TABLE IF NOT EXISTS `members` (`memberNo` INTEGER PRIMARY KEY, `nickname` VARCHAR(40) NOT NULL, `joinedOn` DATE NOT NULL, `isBoard` TINYINT(1) DEFAULT 0);
CREATE TABLE IF NOT EXISTS `memberships` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `season` VARCHAR(9) NOT NULL, `feeCents` INTEGER NOT NULL DEFAULT 12000, `paidAt` DATETIME, `member_no` INTEGER NOT NULL REFERENCES `members` (`memberNo`) ON DELETE CASCADE ON UPDATE CASCADE);
CREATE UNIQUE INDEX `memberships_member_no_season` ON `memberships` (`member_no`, `season`);

