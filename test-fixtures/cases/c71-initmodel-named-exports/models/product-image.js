'use strict';
const { DataTypes, Model } = require('sequelize');

class ProductImage extends Model {
  static initModel(sequelize) {
    return ProductImage.init(
      {
        url: { type: DataTypes.STRING(500), allowNull: false },
        position: { type: DataTypes.SMALLINT, allowNull: false, defaultValue: 0 },
      },
      { sequelize, modelName: 'ProductImage', updatedAt: false },
    );
  }

  static associate(models) {
    ProductImage.belongsTo(models.Product, { foreignKey: 'productId', onDelete: 'CASCADE' });
  }
}

module.exports = { ProductImage };
