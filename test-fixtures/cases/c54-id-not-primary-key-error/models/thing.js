'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Thing', {
  id: { type: DataTypes.INTEGER },
  name: DataTypes.STRING,
});
