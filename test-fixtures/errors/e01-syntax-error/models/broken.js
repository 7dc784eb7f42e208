'use strict';
module.exports = (sequelize, DataTypes) => {
  return sequelize.define('Broken', {
    name: DataTypes.STRING,,
  });
};
