'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class LeaveRequest extends Model {
    static associate(models) {
      this.belongsTo(models.Employee, { foreignKey: 'approvedById', as: 'approvedBy' });
    }
  }
  LeaveRequest.init({
    kind: { type: DataTypes.ENUM('vacation', 'sick', 'unpaid'), allowNull: false },
    startsOn: { type: DataTypes.DATEONLY, allowNull: false },
    endsOn: { type: DataTypes.DATEONLY, allowNull: false },
    reason: DataTypes.TEXT,
    approved: DataTypes.BOOLEAN,
  }, { sequelize, modelName: 'LeaveRequest', underscored: true });
  return LeaveRequest;
};
