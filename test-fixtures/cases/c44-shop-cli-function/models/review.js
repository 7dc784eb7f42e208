'use strict';
module.exports = (sequelize, DataTypes) => {
  const Review = sequelize.define('Review', {
    rating: { type: DataTypes.SMALLINT, allowNull: false },
    title: DataTypes.STRING(120),
    body: DataTypes.TEXT,
  }, { underscored: true, indexes: [{ unique: true, fields: ['product_id', 'customer_id'] }] });
  return Review;
};
