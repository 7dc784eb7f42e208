CREATE TABLE IF NOT EXISTS `Docs` (`id` INTEGER NOT NULL auto_increment , `title` VARCHAR(255), `status` VARCHAR(255), `body` TEXT, `authorId` INTEGER, `UserId` INTEGER, `data` JSONB, `geo` POINT, PRIMARY KEY (`id`)) ENGINE=InnoDB;
ALTER TABLE `Docs` ADD INDEX `docs_title` (`title`);
ALTER TABLE `Docs` ADD INDEX `custom_name` (`title`(10) DESC, `status` ASC);
ALTER TABLE `Docs` ADD INDEX `docs_author_id` USING BTREE (`authorId`);
ALTER TABLE `Docs` ADD INDEX `docs__user_id` (`UserId`);
ALTER TABLE `Docs` ADD UNIQUE INDEX `docs_title_author_id` (`title`, `authorId`);
ALTER TABLE `Docs` ADD FULLTEXT INDEX `docs_body` (`body`);
ALTER TABLE `Docs` ADD FULLTEXT INDEX `parser_idx` (`body`) WITH PARSER ngram;
ALTER TABLE `Docs` ADD SPATIAL INDEX `docs_geo` (`geo`);
ALTER TABLE `Docs` ADD INDEX `docs_` (lower(`title`));
ALTER TABLE `Docs` ADD INDEX `docs_data` USING gin (`data`);
ALTER TABLE `Docs` ADD INDEX `conc_idx` (`title`);
ALTER TABLE `Docs` ADD INDEX `docs_status` (`status`);
ALTER TABLE `Docs` ADD INDEX `active_idx` (`status`);
ALTER TABLE `Docs` ADD UNIQUE INDEX `Explicit_Name` (`title`, `status`);

