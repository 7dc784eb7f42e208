'use strict';
// Defines a model but returns nothing: the model is still emitted, its associate never runs.
module.exports = (sequelize, DataTypes) => {
  const Ghost = sequelize.define('Ghost', { n: DataTypes.STRING }, { timestamps: false });
  Ghost.associate = (models) => {
    Ghost.belongsTo(models.FromA);
  };
};
