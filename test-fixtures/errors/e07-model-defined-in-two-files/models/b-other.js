'use strict';
module.exports = (sequelize, DataTypes) => {
  const Other = sequelize.define('Other', { n: DataTypes.STRING }, { timestamps: false });
  Other.associate = (models) => {
    Other.belongsTo(models.Thing);
  };
  return Other;
};
