'use strict';
// Run with --env PATH: PATH is visible, nothing else is.
const names = Object.keys(process.env);
if (names.length !== 1 || typeof process.env.PATH !== 'string' || process.env.HOME !== undefined) {
  throw new Error(`unexpected environment: ${names.join(',')}`);
}
module.exports = (sequelize, DataTypes) => sequelize.define('EnvAllowed', { name: DataTypes.STRING });
