import { DataTypes, Model } from 'sequelize';
import { camelCase, kebabCase } from 'lodash-es';
import { nanoid } from 'nanoid';
import auditColumns from './shared/audit.cjs';
import sizes from './shared/sizes.json' with { type: 'json' };

export class Warehouse extends Model {
  static initModel(sequelize) {
    return Warehouse.init({
      code: { type: DataTypes.STRING(sizes.code), allowNull: false, unique: true, defaultValue: () => nanoid(sizes.code) },
      name: { type: DataTypes.STRING(sizes.name), allowNull: false },
      ...auditColumns(DataTypes),
    }, { sequelize, modelName: 'Warehouse' });
  }

  get handle() {
    return kebabCase(camelCase(this.name));
  }
}

export default (sequelize) => Warehouse.initModel(sequelize);
