import { DataTypes } from 'sequelize';
import auditColumns from './shared/audit.cjs';

function defineBin(sequelize) {
  const Bin = sequelize.define('Bin', {
    aisle: { type: DataTypes.SMALLINT, allowNull: false },
    shelf: { type: DataTypes.SMALLINT, allowNull: false },
    ...auditColumns(DataTypes),
  }, { indexes: [{ unique: true, fields: ['aisle', 'shelf', 'WarehouseId'] }] });
  Bin.associate = (models) => {
    Bin.belongsTo(models.Warehouse);
  };
  return Bin;
}

export { defineBin as default };
