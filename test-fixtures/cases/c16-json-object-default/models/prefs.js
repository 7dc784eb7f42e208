'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Prefs', {
  settings: { type: DataTypes.JSON, defaultValue: { a: 1 } },
}, { timestamps: false });
