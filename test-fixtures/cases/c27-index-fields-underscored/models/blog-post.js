'use strict';
module.exports = (sequelize, DataTypes) => {
  sequelize.define('BlogPost', {
    authorName: DataTypes.STRING,
    slugText: { type: DataTypes.STRING, field: 'slug' },
    meta: { type: DataTypes.JSONB, index: true },
    plain: { type: DataTypes.STRING, index: true },
  }, { underscored: true, indexes: [{ fields: ['authorName'] }, { fields: ['slugText', 'authorName'] }] });
  return sequelize.define('Dotted', { code: DataTypes.STRING }, {
    tableName: 'a.b',
    timestamps: false,
    indexes: [{ fields: ['code'] }],
  });
};
