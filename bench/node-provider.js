#!/usr/bin/env node
'use strict';
// The Node provider's pipeline (@ariga/atlas-provider-sequelize: loadSequelizeModels + modelToSQL,
// as test-fixtures/oracle/generate.js runs it) with the oracle's real Sequelize 6.37.8:
//   node node-provider.js MODELS_DIR DIALECT      prints the DDL like the provider
const fs = require('fs');
const path = require('path');
const Module = require('module');

const ORACLE = path.resolve(__dirname, '..', 'test-fixtures', 'oracle', 'node_modules');
process.env.NODE_PATH = ORACLE;
Module._initPaths();

const [modelsArg, dialect] = process.argv.slice(2);
const modelsDir = path.resolve(modelsArg);
const Sequelize = require('sequelize');
const DataTypes = require('sequelize/lib/data-types');

const factories = [];
for (const file of fs.readdirSync(modelsDir)) {
  if (!/\.js$/.test(file) || file === 'index.js') continue;
  factories.push(require(modelsDir + '/' + file));
}
const sequelize = new Sequelize({ dialect, logging: false });
const byName = {};
for (const factory of factories) {
  const returned = factory(sequelize, DataTypes);
  if (returned && returned.name) byName[returned.name] = returned;
}
for (const name of Object.keys(byName)) {
  if (byName[name].associate) byName[name].associate(byName);
}

const qi = sequelize.getQueryInterface();
const qg = qi.queryGenerator;
let sql = '';
function modelToSQL(model, withoutFKs) {
  const def = sequelize.modelManager.getModel(model.name);
  const table = def.getTableName();
  const attr = qg.attributesToSQL(def.getAttributes(), { ...def.options, withoutForeignKeyConstraints: withoutFKs });
  for (const key of Object.keys(attr)) if (attr[key].startsWith('VIRTUAL')) delete attr[key];
  if (dialect === 'postgres') {
    for (const key of Object.keys(attr)) {
      const text = attr[key];
      if (!text.startsWith('ENUM')) continue;
      const values = text.substring(text.indexOf('('), text.lastIndexOf(')') + 1);
      sql += `CREATE TYPE "enum_${table}_${key}" AS ENUM${values};\n`;
    }
  }
  sql += qg.createTableQuery(table, attr, { ...def.options }) + '\n';
  for (const index of def.options.indexes) sql += qg.addIndexQuery(table, index) + ';\n';
}
const sorted = sequelize.modelManager.getModelsTopoSortedByForeignKey();
if (sorted !== null) {
  for (const model of sorted.reverse()) modelToSQL(model, false);
} else if (dialect === 'sqlite') {
  for (const model of sequelize.modelManager.models) modelToSQL(model, false);
} else {
  for (const model of sequelize.modelManager.models) modelToSQL(model, true);
  for (const model of sequelize.modelManager.models) {
    const attributes = model.getAttributes();
    for (const key of Object.keys(attributes)) {
      if (!attributes[key].references) continue;
      const fragments = qg.attributesToSQL({ [key]: qi.normalizeAttribute(attributes[key]) },
        { context: 'changeColumn', table: model.getTableName() });
      sql += qg.changeColumnQuery(model.getTableName(), fragments) + '\n';
    }
  }
}
console.log(sql);
