'use strict';
module.exports = (sequelize, DataTypes) => {
  const A = sequelize.define('Owner', { name: DataTypes.STRING });
  A.associate = () => { A.hasMany({ name: 'Pet' }); };
  return A;
};
