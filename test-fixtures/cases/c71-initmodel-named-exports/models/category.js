'use strict';
const { DataTypes, Model } = require('sequelize');

class Category extends Model {
  static initModel(sequelize) {
    Category.init(
      {
        id: { type: DataTypes.INTEGER.UNSIGNED, autoIncrement: true, primaryKey: true },
        slug: { type: DataTypes.STRING(64), allowNull: false, unique: 'category_slug' },
        title: { type: DataTypes.STRING(128), allowNull: false },
        parentId: { type: DataTypes.INTEGER.UNSIGNED, allowNull: true },
      },
      { sequelize, modelName: 'Category', tableName: 'categories', timestamps: false },
    );
    return Category;
  }

  static associate(models) {
    Category.belongsTo(Category, { as: 'parent', foreignKey: 'parentId' });
    Category.hasMany(models.Product, { foreignKey: 'categoryId', as: 'products' });
  }
}

exports.Category = Category;
