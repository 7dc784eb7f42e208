'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Order', {
  total: { type: DataTypes.DECIMAL(10, 2), references: 42 },
});
