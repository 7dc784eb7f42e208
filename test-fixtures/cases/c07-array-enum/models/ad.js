'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Ad', {
  roles: { type: DataTypes.ARRAY(DataTypes.ENUM('r', 'w')), defaultValue: ['r'] },
}, { timestamps: false });
