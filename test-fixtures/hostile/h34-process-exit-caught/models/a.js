'use strict';
try {
  process.exit(1);
} catch (e) {
  // pretend nothing happened
}
module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING });
