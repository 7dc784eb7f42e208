'use strict';
// The application's one connection, next to (not inside) the models folder.
const { Sequelize } = require('sequelize');

module.exports = new Sequelize(process.env.DATABASE_URL || 'postgres://app:app@localhost:5432/shop', {
  logging: false,
  define: { underscored: true, freezeTableName: true },
});
