'use strict';
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Renamed', { a: DataTypes.STRING }, { createdAt: 'created', updatedAt: false, deletedAt: 'gone_at', paranoid: true });
  sequelize.define('Soft', { a: DataTypes.STRING }, { paranoid: true });
  sequelize.define('SoftNoStamps', { a: DataTypes.STRING }, { paranoid: true, timestamps: false });
  sequelize.define('Versioned', { a: DataTypes.STRING }, { version: true });
  sequelize.define('Locked', { a: DataTypes.STRING }, { version: 'lockVersion', timestamps: false });
  sequelize.define('LockedUnderscored', { a: DataTypes.STRING }, { version: 'lockVersion', underscored: true, paranoid: true, deletedAt: 'removedAt' });
  sequelize.define('Declared', {
    createdAt: DataTypes.DATE,
    id: { type: DataTypes.INTEGER, primaryKey: true },
    b: DataTypes.STRING,
  });
  return sequelize.define('NoStamps', { a: DataTypes.STRING }, { timestamps: false, createdAt: 'ignored' });
};
