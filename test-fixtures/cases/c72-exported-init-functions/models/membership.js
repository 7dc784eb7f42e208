'use strict';
const { DataTypes } = require('sequelize');

exports.init = (sequelize) => sequelize.define(
  'Membership',
  {
    season: { type: DataTypes.STRING(9), allowNull: false },
    feeCents: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 12000 },
    paidAt: DataTypes.DATE,
  },
  { tableName: 'memberships', indexes: [{ unique: true, fields: ['member_no', 'season'] }] },
);
