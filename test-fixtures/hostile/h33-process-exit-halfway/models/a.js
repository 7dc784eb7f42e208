'use strict';
module.exports = (sequelize, DataTypes) => {
  const A = sequelize.define('A', { name: DataTypes.STRING });
  process.exit(0);
  return A;
};
