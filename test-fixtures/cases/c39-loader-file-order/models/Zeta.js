'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('FromZeta', { n: DataTypes.STRING }, { timestamps: false });
