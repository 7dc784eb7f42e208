'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Setting', {
  n: { type: DataTypes.INTEGER, defaultValue: 42 },
  neg: { type: DataTypes.FLOAT, defaultValue: -1.5 },
  dbl: { type: DataTypes.DOUBLE, defaultValue: 2.25 },
  quoted: { type: DataTypes.STRING, defaultValue: 'it\'s "q" \\ back' },
  lines: { type: DataTypes.STRING, defaultValue: 'line1\nline2\ttab' },
  empty: { type: DataTypes.STRING, defaultValue: '' },
  numOnString: { type: DataTypes.STRING, defaultValue: 7 },
  trueOnString: { type: DataTypes.STRING, defaultValue: true },
  big: { type: DataTypes.BIGINT, defaultValue: 10n },
  money: { type: DataTypes.DECIMAL(10, 2), defaultValue: '1.50' },
  unicode: { type: DataTypes.STRING, defaultValue: 'café ✓' },
  nullDefault: { type: DataTypes.STRING, defaultValue: null },
}, { timestamps: false });
