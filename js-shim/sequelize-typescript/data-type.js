'use strict';
// DataType (= Sequelize's DataTypes), isDataType, and the column type inferred from a property's
// design:type metadata when @Column gives none.

const { Sequelize } = require('../sequelize/index.js');

const DataTypes = Sequelize.DataTypes;

function isDataType(value) {
  return typeof value === 'string'
    || (typeof value === 'function' && value({}) instanceof DataTypes.ABSTRACT)
    || value instanceof DataTypes.ABSTRACT;
}

// A TypeScript enum object imported from another file: tsc (which knows the type) writes String or
// Number as its design:type; swc can only name the enum object. Same result for all-string and
// all-number enums.
function enumDesignType(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length === 0) return undefined;
  const numeric = keys.every((k) => typeof value[k] === 'number'
    || (/^-?\d+(\.\d+)?$/.test(k) && typeof value[k] === 'string' && value[value[k]] === Number(k)));
  if (numeric) return Number;
  if (keys.every((k) => typeof value[k] === 'string' && !/^-?\d+(\.\d+)?$/.test(k))) return String;
  return undefined;
}

function inferDataType(designType) {
  const type = enumDesignType(designType) || designType;
  switch (type) {
    case String: return DataTypes.STRING;
    case Number: return DataTypes.INTEGER;
    case Boolean: return DataTypes.BOOLEAN;
    case Date: return DataTypes.DATE;
    default:
      if (typeof BigInt !== 'undefined' && type === BigInt) return DataTypes.BIGINT;
      if (typeof Buffer !== 'undefined' && type === Buffer) return DataTypes.BLOB;
      return undefined;
  }
}

function getSequelizeTypeByDesignType(target, propertyName) {
  const type = Reflect.getMetadata('design:type', target, propertyName);
  const dataType = inferDataType(type);
  if (dataType) return dataType;
  throw new Error(`Specified type of property '${propertyName}'
            cannot be automatically resolved to a sequelize data type. Please
            define the data type manually`);
}

module.exports = { DataType: DataTypes, isDataType, inferDataType, getSequelizeTypeByDesignType };
