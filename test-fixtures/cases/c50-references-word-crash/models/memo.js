'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('Memo', {
  text: { type: DataTypes.STRING, defaultValue: 'x-REFERENCES' },
}, { timestamps: false });
