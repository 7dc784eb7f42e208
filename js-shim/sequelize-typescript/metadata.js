'use strict';
// sequelize-typescript's model metadata (one key per concern, stored with reflect.js on the class
// prototype): model name, define options, attributes, indexes, associations, foreign keys, hooks, scopes.

const R = require('./reflect.js');

const KEYS = {
  modelName: 'sequelize:modelName',
  options: 'sequelize:options',
  attributes: 'sequelize:attributes',
  indexes: 'sequelize:indexes',
  associations: 'sequelize:associations',
  foreignKeys: 'sequelize:foreignKeys',
  hooks: 'sequelize:hooks',
  scopeGetters: 'sequelize:scopes-options',
  scopes: 'sequelize:scopes',
};

const setModelName = (target, name) => R.defineMetadata(KEYS.modelName, name, target);
const getModelName = (target) => R.getMetadata(KEYS.modelName, target);

function getOptions(target) {
  const options = R.getMetadata(KEYS.options, target);
  return options ? { ...options } : undefined;
}
const setOptions = (target, options) => R.defineMetadata(KEYS.options, { ...options }, target);
function addOptions(target, options) {
  const current = getOptions(target) || {};
  setOptions(target, { ...current, ...options, validate: { ...(current.validate || {}), ...(options.validate || {}) } });
}

function getAttributes(target) {
  const attributes = R.getMetadata(KEYS.attributes, target);
  if (!attributes) return undefined;
  const copy = {};
  for (const key of Object.keys(attributes)) copy[key] = { ...attributes[key] };
  return copy;
}
const setAttributes = (target, attributes) => R.defineMetadata(KEYS.attributes, { ...attributes }, target);
function addAttribute(target, name, options) {
  const attributes = getAttributes(target) || {};
  attributes[name] = { ...options };
  setAttributes(target, attributes);
}

function cloneRegExp(re) {
  return new RegExp(re.source, (re.global ? 'g' : '') + (re.ignoreCase ? 'i' : '') + (re.multiline ? 'm' : ''));
}

// sequelize-typescript's deepAssign: arrays are appended to, plain objects merged (keeping their
// prototype), RegExp / Date copied, undefined values skipped.
function deepAssign(target, ...sources) {
  const assign = (key, to, from) => {
    const value = from[key];
    if (value === undefined) return;
    let current = to[key];
    if (Array.isArray(value)) {
      if (!Array.isArray(current)) current = [];
      const length = current.length;
      value.forEach((_, i) => assign(length + i, current, value));
    } else if (typeof value === 'object') {
      if (value instanceof RegExp) current = cloneRegExp(value);
      else if (value instanceof Date) current = new Date(value);
      else if (value === null) current = null;
      else {
        if (!current) current = Object.create(value.constructor.prototype);
        deepAssign(current, value);
      }
    } else {
      current = value;
    }
    to[key] = current;
  };
  for (const source of sources) {
    for (const key of Object.getOwnPropertyNames(source)) {
      if (!['__proto__', 'constructor', 'prototype'].includes(key)) assign(key, target, source);
    }
    for (const key of Object.getOwnPropertySymbols(source)) assign(key, target, source);
  }
  return target;
}

function addAttributeOptions(target, propertyName, options) {
  const attributes = getAttributes(target);
  if (!attributes || !attributes[propertyName]) {
    throw new Error(`@Column annotation is missing for "${propertyName}" of class "${target.constructor.name}"`
      + ' or annotation order is wrong.');
  }
  attributes[propertyName] = deepAssign(attributes[propertyName], options);
  setAttributes(target, attributes);
}

function getIndexes(target) {
  const { named = {}, unnamed = [] } = R.getMetadata(KEYS.indexes, target) || {};
  return { named: { ...named }, unnamed: [...unnamed] };
}
const setIndexes = (target, indexes) => R.defineMetadata(KEYS.indexes, indexes, target);
function addFieldToIndex(target, fieldOptions, indexOptions, indexId) {
  const indexes = getIndexes(target);
  const id = indexId !== undefined ? indexId : indexOptions.name || indexes.unnamed.length;
  const store = typeof id === 'string' ? indexes.named : indexes.unnamed;
  if (!store[id]) store[id] = { ...indexOptions };
  const index = store[id];
  if (!index.fields) index.fields = [];
  index.fields.push(fieldOptions);
  setIndexes(target, indexes);
  return id;
}

function listGetter(key) {
  return (target) => {
    const list = R.getMetadata(key, target);
    return list ? [...list] : undefined;
  };
}
const getAssociations = listGetter(KEYS.associations);
function addAssociation(target, association) {
  R.defineMetadata(KEYS.associations, [...(getAssociations(target) || []), association], target);
}
const getForeignKeys = listGetter(KEYS.foreignKeys);
function addForeignKey(target, relatedClassGetter, foreignKey) {
  R.defineMetadata(KEYS.foreignKeys, [...(getForeignKeys(target) || []), { relatedClassGetter, foreignKey }], target);
}
const getHooks = listGetter(KEYS.hooks);
function addHookMeta(target, hook) {
  R.defineMetadata(KEYS.hooks, [...(getHooks(target) || []), hook], target);
}

const getScopeGetters = (target) => ({ ...(R.getMetadata(KEYS.scopeGetters, target) || {}) });
const addScopeGetters = (target, getters) => R.defineMetadata(KEYS.scopeGetters, { ...getScopeGetters(target), ...getters }, target);
const getScopes = (target) => {
  const scopes = R.getMetadata(KEYS.scopes, target);
  return scopes ? { ...scopes } : undefined;
};
const addScopes = (target, scopes) => R.defineMetadata(KEYS.scopes, { ...(getScopes(target) || {}), ...scopes }, target);

module.exports = {
  setModelName, getModelName, getOptions, setOptions, addOptions, getAttributes, setAttributes, addAttribute,
  addAttributeOptions, deepAssign, getIndexes, setIndexes, addFieldToIndex, getAssociations, addAssociation,
  getForeignKeys, addForeignKey, getHooks, addHookMeta, getScopeGetters, addScopeGetters, getScopes, addScopes,
};
