'use strict';
module.exports = (sequelize, DataTypes) => {
  const Category = sequelize.define('Category', {
    name: { type: DataTypes.STRING(80), allowNull: false, unique: true },
    description: DataTypes.STRING(1000),
  }, { timestamps: false });
  Category.associate = function (models) {
    Category.hasMany(models.Post, { foreignKey: 'categoryId' });
  };
  return Category;
};
