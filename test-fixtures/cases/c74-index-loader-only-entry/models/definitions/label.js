'use strict';
module.exports = (sequelize, DataTypes) => {
  const Label = sequelize.define('Label', {
    name: { type: DataTypes.STRING(30), allowNull: false },
    color: { type: DataTypes.CHAR(7), allowNull: false, defaultValue: '#888888' },
  }, { timestamps: false });
  Label.associate = (models) => {
    Label.belongsToMany(models.Ticket, { through: models.TicketLabel, foreignKey: 'labelId' });
  };
  return Label;
};
