'use strict';
const { Op } = require('sequelize');

module.exports = (sequelize, DataTypes) => {
  const Account = sequelize.define('Account', {
    email: {
      type: DataTypes.STRING,
      allowNull: false,
      validate: { isEmail: true, len: [3, 255] },
      set(value) {
        this.setDataValue('email', String(value).toLowerCase());
      },
    },
    secret: {
      type: DataTypes.STRING,
      get() {
        return '***';
      },
    },
    balance: { type: DataTypes.INTEGER, defaultValue: 0, validate: { min: 0 } },
  }, {
    hooks: {
      beforeCreate(account) {
        account.secret = 'x';
      },
    },
    defaultScope: { where: { balance: { [Op.gte]: 0 } } },
    scopes: { rich: { where: { balance: { [Op.gt]: 1000 } } } },
    validate: {
      notEmpty() {
        if (!this.email) throw new Error('email');
      },
    },
    getterMethods: {
      domain() {
        return (this.email || '').split('@')[1];
      },
    },
    setterMethods: {
      domain(v) {
        this.setDataValue('email', 'x@' + v);
      },
    },
  });
  Account.addHook('afterCreate', 'audit', () => {});
  Account.beforeUpdate(() => {});
  Account.addScope('poor', { where: { balance: 0 } });
  Account.prototype.describe = function () {
    return this.email;
  };
  Account.prototype.toJSON = function () {
    return { email: this.email };
  };
  Account.findRich = function () {
    return this.scope('rich').findAll();
  };
  Account.associate = function (models) {
    if (!sequelize.isDefined('Account') || sequelize.model('Account') !== models.Account) {
      throw new Error('registry broken');
    }
    if (Object.keys(sequelize.models).join(',') !== 'Account') throw new Error('models broken');
  };
  return Account;
};
