'use strict';
// What `require('sequelize-typescript')` gives model files: the decorators, Model, DataType and the
// Sequelize class of sequelize-typescript 2.1.6, on top of the sequelize shim. Loading it installs the
// reflect-metadata API on the global Reflect, as the real package does.

const reflect = require('./reflect.js');

reflect.install(globalThis);

const metadata = require('./metadata.js');
const dataType = require('./data-type.js');
const column = require('./column.js');
const table = require('./table.js');
const associations = require('./associations.js');
const validators = require('./validators.js');
const hooksScopes = require('./hooks-scopes.js');
const { Model, ModelNotInitializedError } = require('./model.js');
const { Sequelize, getModels } = require('./sequelize.js');

module.exports = {
  ...column,
  ...table,
  ...associations,
  ...validators,
  ...hooksScopes,
  DataType: dataType.DataType,
  isDataType: dataType.isDataType,
  inferDataType: dataType.inferDataType,
  getSequelizeTypeByDesignType: dataType.getSequelizeTypeByDesignType,
  getModelName: metadata.getModelName,
  setModelName: metadata.setModelName,
  getOptions: metadata.getOptions,
  setOptions: metadata.setOptions,
  addOptions: metadata.addOptions,
  getAttributes: metadata.getAttributes,
  setAttributes: metadata.setAttributes,
  addAttribute: metadata.addAttribute,
  addAttributeOptions: metadata.addAttributeOptions,
  getIndexes: metadata.getIndexes,
  setIndexes: metadata.setIndexes,
  addFieldToIndex: metadata.addFieldToIndex,
  getForeignKeys: metadata.getForeignKeys,
  addForeignKey: metadata.addForeignKey,
  getHooks: metadata.getHooks,
  Model,
  ModelNotInitializedError,
  Sequelize,
  getModels,
};
