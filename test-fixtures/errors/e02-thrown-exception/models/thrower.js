'use strict';
module.exports = (sequelize, DataTypes) => {
  const Thrower = sequelize.define('Thrower', { name: DataTypes.STRING });
  if (Thrower) {
    throw new Error('boom: this model file refuses to load');
  }
  return Thrower;
};
