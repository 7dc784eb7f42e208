'use strict';
const columns = require('./helpers/columns.js');
const options = require('./helpers/options');

module.exports = (sequelize, DataTypes) => {
  const c = columns(DataTypes);
  const Account = sequelize.define('Account', {
    id: c.id(),
    name: c.name(80),
    balance: c.money(),
  }, options({ comment: 'ledger accounts' }));
  Account.associate = (models) => {
    Account.hasMany(models.Entry, { foreignKey: { allowNull: false } });
  };
  return Account;
};
