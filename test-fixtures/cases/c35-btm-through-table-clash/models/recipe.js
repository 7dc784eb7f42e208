'use strict';
module.exports = (sequelize, DataTypes) => {
  const Recipe = sequelize.define('Recipe', { title: DataTypes.STRING });
  const Ingredient = sequelize.define('Ingredient', { name: DataTypes.STRING });
  sequelize.define('RecipeIngredient', {
    amount: DataTypes.INTEGER,
    unit: DataTypes.STRING,
  });
  Recipe.belongsToMany(Ingredient, { through: 'RecipeIngredients' });
  return Recipe;
};
