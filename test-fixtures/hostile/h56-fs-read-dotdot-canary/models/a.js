'use strict';
const fs = require('fs');
const path = require('path');
const text = fs.readFileSync(path.join(__dirname, '..', '..', 'canary.js'), 'utf8');
module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING }, { comment: text });
