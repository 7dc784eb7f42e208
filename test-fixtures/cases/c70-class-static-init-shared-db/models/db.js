'use strict';
const { Sequelize } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL || 'postgres://shop:secret@localhost:5432/shop', {
  logging: false,
  define: { underscored: true },
  pool: { max: 5, idle: 10000 },
});

module.exports = sequelize;
