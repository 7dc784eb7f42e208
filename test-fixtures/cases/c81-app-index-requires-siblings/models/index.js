'use strict';
// The app's own wiring (the layout of Sequelize's express example): one `new Sequelize`, the model
// definers of models/, then the associations of ./associations-setup, required by name.
const { Sequelize } = require('sequelize');
const { applyExtraSetup } = require('./associations-setup');

const sequelize = new Sequelize({ dialect: 'sqlite', storage: 'data/library.sqlite', logging: false });

const definers = [
  require('./models/author.model'),
  require('./models/book.model'),
  require('./models/loan.model'),
];
for (const define of definers) define(sequelize);

applyExtraSetup(sequelize);

module.exports = sequelize;
