'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Thing', { old: DataTypes.STRING }, { timestamps: false });
