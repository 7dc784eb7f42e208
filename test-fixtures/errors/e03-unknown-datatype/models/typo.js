'use strict';
module.exports = (sequelize, DataTypes) => {
  return sequelize.define('Typo', {
    title: DataTypes.STRNG,
  });
};
