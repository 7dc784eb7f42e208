"use strict";
// Recipe: belongs to a user (userId) and is the favourite of many users (recipeId on Users).
module.exports = function (sequelize, DataTypes) {
  const Recipe = sequelize.define(
    "Recipe",
    {
      title: { type: DataTypes.STRING, allowNull: false },
      description: { type: DataTypes.TEXT, allowNull: false },
      instructions: { type: DataTypes.TEXT, allowNull: false },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      meal: {
        type: DataTypes.ENUM,
        values: ["breakfast", "lunch", "dinner", "dessert"],
        defaultValue: "lunch",
      },
    },
    { paranoid: true },
  );

  Recipe.associate = function (models) {
    Recipe.belongsToMany(models.Ingredient, {
      through: "RecipeIngredient",
      as: "ingredients",
      foreignKey: "recipeId",
    });
    // NO ACTION instead of the default CASCADE (MSSQL rejects multiple cascade paths).
    Recipe.hasMany(models.User, { as: "users", foreignKey: "recipeId", onDelete: "NO ACTION" });
  };
  return Recipe;
};
