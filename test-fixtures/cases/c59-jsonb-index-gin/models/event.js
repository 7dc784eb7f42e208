'use strict';
// A JSONB attribute with `index: true`: Sequelize keeps it out of options.indexes and sync() creates a
// GIN index for it (model._indexes); the Node provider leaves it out. Next to an ordinary index.
module.exports = (sequelize, DataTypes) =>
  sequelize.define('Event', {
    kind: { type: DataTypes.STRING(40), allowNull: false },
    payload: { type: DataTypes.JSONB, index: true },
    tags: { type: DataTypes.JSONB, index: true, field: 'tag_list' },
    note: { type: DataTypes.STRING, index: true },
  }, { indexes: [{ fields: ['kind'] }] });
