'use strict';
// @Table (model name and define options) and the index decorators (@Index, createIndexDecorator).

const meta = require('./metadata.js');

function annotateTable(target, options = {}) {
  meta.setModelName(target.prototype, options.modelName || target.name);
  meta.addOptions(target.prototype, options);
}

function Table(arg) {
  if (typeof arg === 'function') {
    annotateTable(arg);
    return undefined;
  }
  const options = { ...arg };
  return (target) => annotateTable(target, options);
}

function annotateModelWithIndex(target, propertyName, optionsOrName = {}, indexId) {
  let indexOptions;
  let fieldOptions;
  if (typeof optionsOrName === 'string') {
    indexOptions = { name: optionsOrName };
    fieldOptions = { name: propertyName };
  } else {
    const { length, order, collate, ...rest } = optionsOrName;
    indexOptions = rest;
    fieldOptions = { name: propertyName, length, order, collate };
  }
  return meta.addFieldToIndex(target, fieldOptions, indexOptions, indexId);
}

function Index(...args) {
  if (args.length >= 2) {
    annotateModelWithIndex(args[0], args[1]);
    return undefined;
  }
  return (target, propertyName) => {
    annotateModelWithIndex(target, propertyName, args[0]);
  };
}

function createIndexDecorator(options = {}) {
  let indexId;
  return (...args) => {
    if (args.length >= 2) {
      const [target, propertyName] = args;
      indexId = meta.addFieldToIndex(target, { name: propertyName }, options, indexId);
      return undefined;
    }
    return (target, propertyName) => {
      indexId = meta.addFieldToIndex(target, { name: propertyName, ...args[0] }, options, indexId);
    };
  };
}

module.exports = { Table, Index, createIndexDecorator, annotateModelWithIndex };
