'use strict';
module.exports = function auditColumns(DataTypes) {
  return { createdBy: { type: DataTypes.STRING(40) }, updatedBy: { type: DataTypes.STRING(40) } };
};
