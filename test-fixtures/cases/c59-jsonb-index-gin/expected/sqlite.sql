-- sequelize-ddl note: a JSONB attribute with index: true gets the GIN index sequelize.sync() creates (USING gin); the Node provider reads only options.indexes and leaves it out
CREATE TABLE IF NOT EXISTS `Events` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `kind` VARCHAR(40) NOT NULL, `payload` JSONB, `tag_list` JSONB, `note` VARCHAR(255), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
CREATE INDEX `events_kind` ON `Events` (`kind`);
CREATE INDEX `events_payload` ON `Events` (`payload`);
CREATE INDEX `events_tag_list` ON `Events` (`tag_list`);

