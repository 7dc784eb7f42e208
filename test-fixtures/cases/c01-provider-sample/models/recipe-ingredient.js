"use strict";
// Join model between recipes and ingredients, with the amount needed.
module.exports = (sequelize, DataTypes) => {
  const required = (type) => ({ type, allowNull: false });
  return sequelize.define(
    "RecipeIngredient",
    {
      recipeId: required(DataTypes.INTEGER),
      ingredientId: required(DataTypes.INTEGER),
      meassurementAmount: required(DataTypes.INTEGER),
      meassurementType: required(DataTypes.STRING),
    },
    {
      paranoid: true,
      indexes: [{ fields: ["meassurementType", "meassurementAmount"], unique: true }],
    },
  );
};
