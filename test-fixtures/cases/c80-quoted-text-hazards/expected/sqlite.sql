-- sequelize-ddl note: createTableQuery's text surgery (PRIMARY KEY, REFERENCES, COMMENT, SERIAL, INT) does not look inside quoted strings and names; the Node provider and sequelize.sync() also edit the text of defaults, comments and enum values (a default 'see COMMENT here' is cut open, a comment 'not a PRIMARY KEY' adds the column to the key)
-- sequelize-ddl note: an INTEGER PRIMARY KEY keeps its DEFAULT (INTEGER PRIMARY KEY DEFAULT 5); the Node provider and sequelize.sync() replace the whole column definition and drop it
CREATE TABLE IF NOT EXISTS `Notes` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `label` VARCHAR(20) NOT NULL DEFAULT 'A PRIMARY KEY', `ref` VARCHAR(255) DEFAULT 'see REFERENCES x', `said` VARCHAR(255) DEFAULT 'no COMMENT here', `serial` VARCHAR(255) NOT NULL DEFAULT 'SERIAL no', `big` VARCHAR(255) DEFAULT 'BIGINT SERIAL', `path` VARCHAR(255) DEFAULT 'C:\PRIMARY KEY\', `quote` VARCHAR(255) NOT NULL DEFAULT 'it''s NOT NULL', `flag` VARCHAR(255) DEFAULT 'say DEFAULT true now', `state` TEXT DEFAULT 'open', `info` VARCHAR(255));
CREATE TABLE IF NOT EXISTS `POINTS` (`code` VARCHAR(10) PRIMARY KEY);
CREATE TABLE IF NOT EXISTS `PointDetails` (`code` VARCHAR(10) PRIMARY KEY REFERENCES `POINTS` (`code`));
CREATE TABLE IF NOT EXISTS `Counters` (`id` INTEGER PRIMARY KEY AUTOINCREMENT);
CREATE TABLE IF NOT EXISTS `CounterExtras` (`id` INTEGER PRIMARY KEY DEFAULT 1 REFERENCES `Counters` (`id`));

