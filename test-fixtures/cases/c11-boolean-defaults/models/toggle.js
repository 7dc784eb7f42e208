'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Toggle', {
  on: { type: DataTypes.BOOLEAN, defaultValue: true },
  off: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
  onStr: { type: DataTypes.BOOLEAN, defaultValue: 'true' },
  offStr: { type: DataTypes.BOOLEAN, defaultValue: 'false' },
  word: { type: DataTypes.STRING, defaultValue: 'trueish' },
  other: { type: DataTypes.STRING, defaultValue: 'falsehood' },
}, { timestamps: false });
