'use strict';
const { Sequelize } = require('sequelize');

const main = new Sequelize(process.env.DATABASE_URL || 'postgres://app:app@localhost:5432/app', { logging: false });
const audit = new Sequelize('audit', 'audit', process.env.AUDIT_PASSWORD || 'pw', {
  dialect: 'mysql',
  host: process.env.AUDIT_HOST || 'localhost',
  define: { underscored: true, timestamps: false },
  logging: false,
});

module.exports = { main, audit };
