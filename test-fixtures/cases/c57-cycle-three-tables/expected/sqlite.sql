-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
CREATE TABLE IF NOT EXISTS `Authors` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `penName` VARCHAR(255), `genre` TEXT NOT NULL DEFAULT 'fiction', `PublisherId` INTEGER REFERENCES `Publishers` (`id`) ON DELETE RESTRICT ON UPDATE CASCADE, UNIQUE (`penName`));
CREATE INDEX `authors_genre` ON `Authors` (`genre`);
CREATE TABLE IF NOT EXISTS `lib.Books` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `title` VARCHAR(255) NOT NULL, `AuthorId` INTEGER NOT NULL REFERENCES `Authors` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE);
CREATE TABLE IF NOT EXISTS `Publishers` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255) NOT NULL, `bestsellerId` INTEGER REFERENCES `lib.Books` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);

