"use strict";
// Ingredient: paranoid, linked to Recipe through the RecipeIngredient model.
module.exports = (sequelize, DataTypes) => {
  const attributes = {
    name: { type: DataTypes.STRING, allowNull: false },
  };
  const Ingredient = sequelize.define("Ingredient", attributes, { paranoid: true });

  Ingredient.associate = (models) => {
    Ingredient.belongsToMany(models.Recipe, {
      as: "recipes",
      foreignKey: "ingredientId",
      through: "RecipeIngredient",
    });
  };
  return Ingredient;
};
