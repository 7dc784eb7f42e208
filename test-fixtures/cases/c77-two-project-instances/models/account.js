'use strict';
const { DataTypes, Model } = require('sequelize');
const { main } = require('./connections');

class Account extends Model {
  static associate(models) {
    Account.hasMany(models.Session, { foreignKey: 'accountId', onDelete: 'CASCADE' });
  }
}

Account.init({
  login: { type: DataTypes.STRING(64), allowNull: false, unique: true },
  disabledAt: DataTypes.DATE,
}, { sequelize: main });

module.exports = Account;
