'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Event', {
  uid1: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV1 },
  uid4: { type: DataTypes.UUID, defaultValue: DataTypes.UUIDV4, allowNull: false },
  at1: { type: DataTypes.DATE, defaultValue: DataTypes.NOW },
  at2: { type: DataTypes.DATE, defaultValue: DataTypes.NOW() },
  at3: { type: DataTypes.DATE, defaultValue: new DataTypes.NOW() },
  computed: { type: DataTypes.STRING, defaultValue: () => 'x' },
  nothing: { type: DataTypes.STRING, defaultValue: null },
  nothingInt: { type: DataTypes.INTEGER, defaultValue: null, allowNull: true },
}, { timestamps: false });
