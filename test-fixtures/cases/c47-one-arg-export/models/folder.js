'use strict';
const Sequelize = require('sequelize');

module.exports = function (sequelize) {
  const Folder = sequelize.define('Folder', {
    name: { type: Sequelize.STRING, allowNull: false },
    color: { type: Sequelize.DataTypes.STRING(7), defaultValue: '#ffffff' },
  });
  Folder.associate = function (models) {
    Folder.hasMany(models.Note);
  };
  return Folder;
};
