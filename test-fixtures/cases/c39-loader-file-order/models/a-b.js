'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('FromAB', { n: DataTypes.STRING }, { timestamps: false });
