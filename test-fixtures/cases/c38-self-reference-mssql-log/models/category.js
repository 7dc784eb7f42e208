'use strict';
module.exports = (sequelize, DataTypes) => {
  const Category = sequelize.define('Category', { name: DataTypes.STRING }, { timestamps: false });
  Category.associate = (models) => {
    Category.belongsTo(models.Category, { as: 'parent' });
    Category.hasMany(models.Category, { as: 'children' });
    Category.hasOne(models.Category, { as: 'twin' });
  };
  return Category;
};
