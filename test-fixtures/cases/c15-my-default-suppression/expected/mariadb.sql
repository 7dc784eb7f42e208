CREATE TABLE IF NOT EXISTS `BlobHolders` (`id` INTEGER NOT NULL auto_increment , `txt` TEXT, `tiny` TINYTEXT DEFAULT 'tiny', `blob` BLOB, `longBlob` LONGBLOB DEFAULT 'lb', `doc` JSON, `docb` JSONB DEFAULT '{}', `shape` GEOMETRY, `pt` POINT DEFAULT NULL, `sbin` VARCHAR(255) BINARY, `rawText` TEXT, PRIMARY KEY (`id`)) ENGINE=InnoDB;

