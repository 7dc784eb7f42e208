-- sequelize-ddl note: unique keys rendered as sequelize.sync() creates them (createTable defaults customIndex to true and falls back to model.uniqueKeys); the Node provider omits them
CREATE TABLE IF NOT EXISTS `Ingredients` (`id` INTEGER NOT NULL auto_increment , `name` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `deletedAt` DATETIME, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `RecipeIngredients` (`recipeId` INTEGER NOT NULL , `ingredientId` INTEGER NOT NULL , `meassurementAmount` INTEGER NOT NULL, `meassurementType` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `deletedAt` DATETIME, UNIQUE `RecipeIngredients_recipeId_ingredientId_unique` (`recipeId`, `ingredientId`), PRIMARY KEY (`recipeId`, `ingredientId`)) ENGINE=InnoDB;
ALTER TABLE `RecipeIngredients` ADD UNIQUE INDEX `recipe_ingredients_meassurement_type_meassurement_amount` (`meassurementType`, `meassurementAmount`);
CREATE TABLE IF NOT EXISTS `Recipes` (`id` INTEGER NOT NULL auto_increment , `title` VARCHAR(255) NOT NULL, `description` TEXT NOT NULL, `instructions` TEXT NOT NULL, `userId` INTEGER NOT NULL, `meal` ENUM('breakfast', 'lunch', 'dinner', 'dessert') DEFAULT 'lunch', `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `deletedAt` DATETIME, PRIMARY KEY (`id`)) ENGINE=InnoDB;
CREATE TABLE IF NOT EXISTS `Users` (`id` INTEGER NOT NULL auto_increment , `name` VARCHAR(255) NOT NULL, `recipeId` INTEGER NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `deletedAt` DATETIME, PRIMARY KEY (`id`)) ENGINE=InnoDB;
ALTER TABLE `RecipeIngredients` ADD FOREIGN KEY (`recipeId`) REFERENCES `Recipes` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `RecipeIngredients` ADD FOREIGN KEY (`ingredientId`) REFERENCES `Ingredients` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Recipes` ADD FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE `Users` ADD FOREIGN KEY (`recipeId`) REFERENCES `Recipes` (`id`) ON DELETE NO ACTION ON UPDATE CASCADE;

