'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Post', { title: DataTypes.STRING });
