'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('BadEnum', {
  kind: { type: DataTypes.ENUM },
});
