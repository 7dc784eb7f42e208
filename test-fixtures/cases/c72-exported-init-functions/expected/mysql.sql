-- sequelize-ddl note: loaded the way the application does (app.js, real Sequelize); the Node provider cannot load this folder
CREATE TABLE IF NOT EXISTS `members` (`memberNo` INTEGER , `nickname` VARCHAR(40) NOT NULL, `joinedOn` DATE NOT NULL, `isBoard` TINYINT(1) DEFAULT false, PRIMARY KEY (`memberNo`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `memberships` (`id` INTEGER NOT NULL auto_increment , `season` VARCHAR(9) NOT NULL, `feeCents` INTEGER NOT NULL DEFAULT 12000, `paidAt` DATETIME, `member_no` INTEGER NOT NULL, PRIMARY KEY (`id`), FOREIGN KEY (`member_no`) REFERENCES `members` (`memberNo`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;
ALTER TABLE `memberships` ADD UNIQUE INDEX `memberships_member_no_season` (`member_no`, `season`);

