'use strict';
// A CommonJS model with the .cjs extension (what a package with "type": "module" must use).
// sequelize-ddl loads it like a .js file; the Node provider reads only *.js.
module.exports = (sequelize, DataTypes) =>
  sequelize.define('Legacy', { code: { type: DataTypes.STRING(12), allowNull: false } }, { tableName: 'legacy_codes' });
