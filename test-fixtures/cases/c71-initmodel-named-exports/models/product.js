'use strict';
const { DataTypes, Model } = require('sequelize');

class Product extends Model {
  static initModel(sequelize) {
    Product.init(
      {
        id: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, primaryKey: true },
        sku: { type: DataTypes.STRING(32), allowNull: false },
        name: { type: DataTypes.STRING, allowNull: false },
        priceCents: { type: DataTypes.INTEGER, allowNull: false, validate: { min: 0 } },
        active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      },
      {
        sequelize,
        modelName: 'Product',
        paranoid: true,
        indexes: [{ unique: true, fields: ['sku'] }, { fields: ['name'] }],
      },
    );
    return Product;
  }

  static associate(models) {
    Product.belongsTo(models.Category, { foreignKey: 'categoryId', as: 'category', onDelete: 'RESTRICT' });
    Product.hasMany(models.ProductImage, { foreignKey: 'productId', as: 'images' });
  }
}

exports.Product = Product;
