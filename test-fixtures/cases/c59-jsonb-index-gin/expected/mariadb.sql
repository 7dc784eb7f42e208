-- sequelize-ddl note: a JSONB attribute with index: true gets the GIN index sequelize.sync() creates (USING gin); the Node provider reads only options.indexes and leaves it out
CREATE TABLE IF NOT EXISTS `Events` (`id` INTEGER NOT NULL auto_increment , `kind` VARCHAR(40) NOT NULL, `payload` JSONB, `tag_list` JSONB, `note` VARCHAR(255), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
ALTER TABLE `Events` ADD INDEX `events_kind` (`kind`);
ALTER TABLE `Events` ADD INDEX `events_payload` USING gin (`payload`);
ALTER TABLE `Events` ADD INDEX `events_tag_list` USING gin (`tag_list`);

