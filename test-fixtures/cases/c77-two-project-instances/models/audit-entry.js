'use strict';
const { DataTypes } = require('sequelize');
const { audit } = require('./connections');

module.exports = audit.define('AuditEntry', {
  actorLogin: { type: DataTypes.STRING(64), allowNull: false },
  action: { type: DataTypes.ENUM('login', 'logout', 'update'), allowNull: false },
  happenedAt: { type: DataTypes.DATE, allowNull: false, defaultValue: DataTypes.NOW },
  payload: DataTypes.JSON,
}, { indexes: [{ fields: ['actorLogin', 'happenedAt'] }] });
