'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('FromA', { n: DataTypes.STRING }, { timestamps: false });
