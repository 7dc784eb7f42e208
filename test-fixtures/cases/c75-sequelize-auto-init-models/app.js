'use strict';
const { Sequelize } = require('sequelize');
const initModels = require('./models/init-models');

const sequelize = new Sequelize('rental', 'app', 'pw', { host: 'localhost', dialect: 'mysql', define: { timestamps: false } });
module.exports = initModels(sequelize);
