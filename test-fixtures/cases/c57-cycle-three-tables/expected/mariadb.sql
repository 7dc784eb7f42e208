-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
CREATE TABLE IF NOT EXISTS `Authors` (`id` INTEGER NOT NULL auto_increment , `penName` VARCHAR(255), `genre` ENUM('fiction', 'essay') NOT NULL DEFAULT 'fiction', `PublisherId` INTEGER, UNIQUE `author_pen_name_uq` (`penName`), PRIMARY KEY (`id`)) ENGINE=InnoDB;
ALTER TABLE `Authors` ADD INDEX `authors_genre` (`genre`);
CREATE TABLE IF NOT EXISTS `lib`.`Books` (`id` INTEGER NOT NULL auto_increment , `title` VARCHAR(255) NOT NULL, `AuthorId` INTEGER NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Publishers` (`id` INTEGER NOT NULL auto_increment , `name` VARCHAR(255) NOT NULL, `bestsellerId` INTEGER, PRIMARY KEY (`id`)) ENGINE=InnoDB;
ALTER TABLE `Authors` ADD FOREIGN KEY (`PublisherId`) REFERENCES `Publishers` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `lib`.`Books` ADD FOREIGN KEY (`AuthorId`) REFERENCES `Authors` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE `Publishers` ADD FOREIGN KEY (`bestsellerId`) REFERENCES `lib`.`Books` (`id`) ON DELETE SET NULL ON UPDATE CASCADE;

