'use strict';
module.exports = (sequelize, DataTypes) => {
  const A = sequelize.define('A', { name: DataTypes.STRING });
  A.associate = () => { let i = 0; while (i >= 0) { i = (i + 1) % 7; } };
  return A;
};
