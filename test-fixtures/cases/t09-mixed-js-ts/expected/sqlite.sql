-- sequelize-ddl note: loads the *.js factories, then the *.ts classes (sequelize-typescript) of one folder; each Node provider reads one kind
-- atlas:pos articles[type=table] $MODELS/Article.ts:3-7

CREATE TABLE IF NOT EXISTS `articles` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `headline` VARCHAR(200), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL);
CREATE TABLE IF NOT EXISTS `tags` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `label` VARCHAR(30) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `articleId` INTEGER REFERENCES `articles` (`id`) ON DELETE SET NULL ON UPDATE CASCADE);

