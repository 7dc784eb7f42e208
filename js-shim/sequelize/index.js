'use strict';
// What `require('sequelize')` and its deep paths resolve to inside model files.

const Sequelize = require('./sequelize');

// Package subpaths (after "sequelize/", without extension) that model files use.
const SUBPATHS = {
  '': () => Sequelize,
  lib: () => Sequelize,
  'lib/index': () => Sequelize,
  'lib/sequelize': () => Sequelize,
  'lib/model': () => Sequelize.Model,
  'lib/data-types': () => Sequelize.DataTypes,
  'lib/utils': () => Sequelize.Utils,
  'lib/operators': () => Sequelize.Op,
  'lib/deferrable': () => Sequelize.Deferrable,
  'lib/query-types': () => Sequelize.QueryTypes,
  'lib/table-hints': () => Sequelize.TableHints,
  'lib/index-hints': () => Sequelize.IndexHints,
  'lib/transaction': () => Sequelize.Transaction,
  'lib/errors': () => ({ ...Object.fromEntries(Object.keys(Sequelize).filter((k) => /Error/.test(k)).map((k) => [k, Sequelize[k]])) }),
  'lib/associations': () => ({ BelongsTo: Sequelize.BelongsTo, HasOne: Sequelize.HasOne, HasMany: Sequelize.HasMany, BelongsToMany: Sequelize.BelongsToMany, Association: Sequelize.Association }),
  types: () => Sequelize,
};

// The module for `request` ("sequelize", "sequelize/lib/data-types", …), or undefined.
function resolvePackage(request) {
  if (request !== 'sequelize' && !request.startsWith('sequelize/')) return undefined;
  const sub = request.slice('sequelize'.length).replace(/^\//, '').replace(/\/$/, '').replace(/\.(js|cjs|mjs|d\.ts)$/, '');
  const get = SUBPATHS[sub];
  return get ? get() : undefined;
}

module.exports = { Sequelize, resolvePackage };
