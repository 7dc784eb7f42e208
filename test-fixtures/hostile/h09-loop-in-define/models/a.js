'use strict';
module.exports = (sequelize, DataTypes) => {
  for (;;) { /* spin */ }
};
