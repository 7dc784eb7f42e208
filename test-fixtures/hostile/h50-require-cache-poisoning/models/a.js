'use strict';
require.cache['/etc/passwd'] = { exports: 'fake' };
const leaked = require('/etc/passwd');
module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING }, { comment: String(leaked) });
