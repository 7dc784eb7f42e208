'use strict';
const { Deferrable } = require('sequelize');

module.exports = (sequelize, DataTypes) => {
  const User = sequelize.define('User', { email: { type: DataTypes.STRING, unique: true } }, { timestamps: false });
  return sequelize.define('Post', {
    authorId: { type: DataTypes.INTEGER, references: { model: 'Users', key: 'id' }, onDelete: 'cascade', onUpdate: 'restrict' },
    editorId: { type: DataTypes.INTEGER, references: { model: User, key: 'id' }, onDelete: 'set null', onUpdate: 'cascade' },
    emailRef: { type: DataTypes.STRING, references: { model: User, key: 'email' } },
    noKey: { type: DataTypes.INTEGER, references: { model: 'Users' } },
    d1: { type: DataTypes.INTEGER, references: { model: 'Users', key: 'id', deferrable: Deferrable.INITIALLY_DEFERRED } },
    d2: { type: DataTypes.INTEGER, references: { model: 'Users', key: 'id', deferrable: Deferrable.INITIALLY_IMMEDIATE } },
    d3: { type: DataTypes.INTEGER, references: { model: 'Users', key: 'id', deferrable: new Deferrable.NOT() } },
    external: { type: DataTypes.INTEGER, references: { model: 'legacy_accounts', key: 'acct_no' }, onDelete: 'no action' },
    parentId: { type: DataTypes.INTEGER, references: { model: 'Posts', key: 'id' }, onDelete: 'cascade', onUpdate: 'cascade' },
    orphanAction: { type: DataTypes.INTEGER, onDelete: 'cascade' },
  }, { timestamps: false });
};
