'use strict';
const columns = require('./helpers/columns.js');
const options = require('./helpers/options');

module.exports = (sequelize, DataTypes) => {
  const c = columns(DataTypes);
  return sequelize.define('Entry', {
    id: c.id(),
    memo: c.name(),
    amount: c.money(),
  }, options({ indexes: [{ fields: ['account_id'] }] }));
};
