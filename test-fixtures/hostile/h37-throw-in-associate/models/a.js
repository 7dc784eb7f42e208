'use strict';
module.exports = (sequelize, DataTypes) => {
  const A = sequelize.define('A', { name: DataTypes.STRING });
  A.associate = (models) => {
    throw new Error('associate refuses');
  };
  return A;
};
