'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('FromUpperB', { n: DataTypes.STRING }, { timestamps: false });
