'use strict';
require('dotenv').config();
const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');

const SALT_ROUNDS = Number(process.env.SALT_ROUNDS || 10);

module.exports = (sequelize, DataTypes) => {
  const Account = sequelize.define('Account', {
    login: { type: DataTypes.STRING(64), allowNull: false, unique: true },
    passwordHash: { type: DataTypes.STRING(60), allowNull: false, field: 'password_hash' },
    role: { type: DataTypes.ENUM('member', 'admin'), allowNull: false, defaultValue: 'member' },
  }, {
    underscored: true,
    hooks: {
      beforeCreate: async (account) => {
        account.passwordHash = await bcrypt.hash(account.passwordHash, SALT_ROUNDS);
      },
    },
  });

  Account.prototype.checkPassword = function checkPassword(plain) {
    return bcrypt.compareSync(plain, this.passwordHash);
  };
  Account.prototype.token = function token() {
    return jwt.sign({ id: this.id, role: this.role }, process.env.JWT_SECRET, { expiresIn: '1h' });
  };
  Account.associate = (models) => {
    Account.hasMany(models.Session, { foreignKey: 'accountId' });
  };
  return Account;
};
