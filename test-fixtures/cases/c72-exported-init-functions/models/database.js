'use strict';
const Sequelize = require('sequelize');

module.exports = new Sequelize('club', 'club', process.env.DB_PASSWORD || 'pw', {
  host: process.env.DB_HOST || 'localhost',
  dialect: 'postgres',
  define: { timestamps: false },
  logging: process.env.SQL_LOG ? console.log : false,
});
