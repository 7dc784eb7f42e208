'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Account', {
  email: DataTypes.STRNG,
});
