'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Other', { name: { type: DataTypes.STRING, allowNull: false } });
