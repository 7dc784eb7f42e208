'use strict';
const { DataTypes } = require('sequelize');

module.exports = (sequelize) => {
  const Note = sequelize.define('Note', {
    title: { type: DataTypes.STRING(120), allowNull: false },
    body: DataTypes.TEXT,
    pinned: { type: DataTypes.BOOLEAN, defaultValue: false },
  });
  return Note;
};
