'use strict';
// Stand-ins for the two Node providers' script-mode entry points, for scripts.js: a script's
// require('@ariga/atlas-provider-sequelize') / ('@ariga/ts-atlas-provider-sequelize/src/sequelize_schema')
// lands here (scripts.js writes the package folders that point to this file). They take the providers'
// arguments, throw their errors, and return the DDL string of generate.js's provider pipeline on real
// Sequelize 6.37.8 / sequelize-typescript 2.1.6:
//   JS  module.exports = loadSequelizeModels(dialect, ...factories)   factories: (sequelize, DataTypes) => Model
//   TS  { loadModels(dialect, [classes]), loadSQL(sequelize, dialect, srcMap?), modelSource(paths, sequelize) }
// loadModels finds each class's file as the TS provider does (the first module in require.cache that
// exports it, else the main script) and prints its `-- atlas:pos` lines with absolute paths.
//
// A script fixture must not depend on a deliberate difference (docs: test-fixtures/README): where
// sequelize-ddl's output (the `synced` DDL) would differ from the provider's, this throws.

const { generate, classPositions, positionLines } = require('./generate');

const VALID_DIALECTS = ['mysql', 'postgres', 'sqlite', 'mariadb', 'mssql'];

function ddl(sequelize, dialect) {
  const out = generate(sequelize, dialect);
  if (out.plain !== out.synced) {
    throw new Error(`script fixture hits a deliberate difference (${[...out.reasons].join(', ')}): pick other models`);
  }
  return out.plain;
}

function loadSequelizeModels(dialect, ...models) {
  if (!VALID_DIALECTS.includes(dialect)) throw new Error('invalid dialect: ' + dialect);
  const Sequelize = require('sequelize');
  const DataTypes = require('sequelize/lib/data-types');
  const sequelize = new Sequelize({ dialect });
  const db = {};
  for (const model of models) {
    const m = model(sequelize, DataTypes);
    if (m && m.name) db[m.name] = m;
  }
  for (const name of Object.keys(db)) {
    if (db[name] && db[name].associate) db[name].associate(db);
  }
  return ddl(sequelize, dialect);
}

function modelSource(modelPaths, sequelize) {
  const path = require('path');
  return classPositions(sequelize, modelPaths.map((p) => ({ full: p, shown: path.resolve(p) })));
}

function loadSQL(sequelize, dialect, srcMap) {
  if (!VALID_DIALECTS.includes(dialect)) throw new Error(`Invalid dialect ${dialect}`);
  return (srcMap ? positionLines(sequelize, srcMap) : '') + ddl(sequelize, dialect);
}

// The file a class comes from: the first cached module exporting it as a member, else the main script.
function fileOf(modelClass) {
  const found = Object.keys(require.cache).find((file) => {
    const exported = require.cache[file] && require.cache[file].exports;
    if (!exported || typeof exported !== 'object') return false;
    return exported === modelClass || Object.values(exported).includes(modelClass);
  });
  return found || (require.main && require.main.filename);
}

function loadModels(dialect, models) {
  if (!VALID_DIALECTS.includes(dialect)) throw new Error(`Invalid dialect ${dialect}`);
  const { Sequelize } = require('sequelize-typescript');
  const sequelize = new Sequelize({ dialect, models });
  const files = [...new Set(models.map(fileOf))];
  return loadSQL(sequelize, dialect, files.includes(undefined) ? undefined : modelSource(files, sequelize));
}

module.exports = { loadSequelizeModels, ts: { loadModels, loadSQL, modelSource } };
