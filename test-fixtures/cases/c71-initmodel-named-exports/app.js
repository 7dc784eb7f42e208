'use strict';
// The application's bootstrap: every file of models/ (sorted), each exported class initialised with
// initModel(sequelize), then every associate(models).
const fs = require('fs');
const path = require('path');
const { Sequelize } = require('sequelize');

const sequelize = new Sequelize('shop', 'root', 'pw', { dialect: 'mysql', host: '127.0.0.1', logging: false });
const dir = path.join(__dirname, 'models');
const models = {};
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
  for (const cls of Object.values(require(path.join(dir, file)))) {
    models[cls.name] = cls.initModel(sequelize);
  }
}
for (const model of Object.values(models)) {
  if (typeof model.associate === 'function') model.associate(models);
}
module.exports = { sequelize, models };
