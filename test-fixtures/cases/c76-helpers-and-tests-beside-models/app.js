'use strict';
// The app's models/index.js, which lists its model files instead of reading the folder.
const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize('sqlite::memory:', { logging: false });
const db = {};
for (const file of ['post', 'user']) {
  const model = require(`./models/${file}`)(sequelize, DataTypes);
  db[model.name] = model;
}
for (const model of Object.values(db)) {
  if (model.associate) model.associate(db);
}
module.exports = db;
