'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Order', {
  total: DataTypes.DECIMAL(10, 2),
}, {
  validate: { positiveTotal: 'total > 0' },
});
