'use strict';
const { Op } = require('sequelize');

module.exports = (sequelize, DataTypes) => sequelize.define('Doc', {
  title: DataTypes.STRING,
  status: DataTypes.STRING,
  body: DataTypes.TEXT,
  authorId: DataTypes.INTEGER,
  UserId: DataTypes.INTEGER,
  data: DataTypes.JSONB,
  geo: DataTypes.GEOMETRY('POINT'),
}, {
  timestamps: false,
  indexes: [
    { fields: ['title'] },
    { name: 'custom_name', fields: [{ name: 'title', length: 10, order: 'DESC', collate: 'en_US' }, { attribute: 'status', order: 'ASC' }] },
    { fields: ['authorId'], using: 'BTREE' },
    { fields: ['UserId'] },
    { fields: ['title', 'authorId'], type: 'unique' },
    { type: 'FULLTEXT', fields: ['body'] },
    { name: 'parser_idx', type: 'FULLTEXT', fields: ['body'], parser: 'ngram' },
    { type: 'SPATIAL', fields: ['geo'] },
    { fields: [sequelize.fn('lower', sequelize.col('title'))] },
    { fields: ['data'], using: 'gin', operator: 'jsonb_path_ops' },
    { name: 'conc_idx', fields: ['title'], concurrently: true },
    { fields: ['status'], where: { authorId: { [Op.gt]: 5 }, title: null } },
    { name: 'active_idx', fields: ['status'], where: { status: 'active' } },
    { name: 'Explicit_Name', unique: true, fields: ['title', 'status'] },
  ],
});
