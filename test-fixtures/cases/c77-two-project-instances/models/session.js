'use strict';
const { DataTypes, Model } = require('sequelize');
const { main } = require('./connections');

class Session extends Model {
  static associate() {
    Session.belongsTo(main.models.Account, { foreignKey: { name: 'accountId', allowNull: false } });
  }
}

Session.init({
  token: { type: DataTypes.STRING(128), allowNull: false, unique: true },
  expiresAt: { type: DataTypes.DATE, allowNull: false },
}, { sequelize: main, updatedAt: false });

module.exports = Session;
