'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Order', {
  e1: DataTypes.ENUM('a', 'b'),
  e2: DataTypes.ENUM(['x', "it's"]),
  e3: DataTypes.ENUM({ values: ['p', 'q'] }),
  e4: { type: DataTypes.ENUM('v1', 'v2'), allowNull: false, defaultValue: 'v2', comment: 'state' },
  e5: { type: DataTypes.ENUM, values: ['only', 'these'] },
  e6: { type: DataTypes.ENUM('n1', 'n2'), values: ['override1'], field: 'e_six' },
  e7: { type: DataTypes.ENUM('u1', 'u2'), unique: true },
});
