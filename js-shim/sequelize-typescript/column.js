'use strict';
// @Column and the column option decorators (@PrimaryKey, @AutoIncrement, @AllowNull, @Default,
// @Unique, @Comment) and the timestamp ones (@CreatedAt, @UpdatedAt, @DeletedAt).

const meta = require('./metadata.js');
const { isDataType, getSequelizeTypeByDesignType } = require('./data-type.js');

function annotateColumn(target, propertyName, descriptor, optionsOrDataType = {}) {
  let options;
  if (isDataType(optionsOrDataType)) {
    options = { type: optionsOrDataType };
  } else {
    options = { ...optionsOrDataType };
    if (!options.type) options.type = getSequelizeTypeByDesignType(target, propertyName);
  }
  if (descriptor) {
    if (descriptor.get) options.get = descriptor.get;
    if (descriptor.set) options.set = descriptor.set;
  }
  meta.addAttribute(target, propertyName, options);
}

function Column(...args) {
  if (args.length >= 2) {
    const [target, propertyName, descriptor] = args;
    annotateColumn(target, propertyName, descriptor);
    return undefined;
  }
  return (target, propertyName, descriptor) => {
    annotateColumn(target, propertyName, descriptor ?? Object.getOwnPropertyDescriptor(target, propertyName), args[0]);
  };
}

// A decorator usable bare (@X) or called (@X(value)); `bare` / `called` give the attribute options.
function flagOrValue(bare, called) {
  return (...args) => {
    if (args.length === 1) {
      return (target, propertyName) => meta.addAttributeOptions(target, propertyName, called(args[0]));
    }
    meta.addAttributeOptions(args[0], args[1], bare());
    return undefined;
  };
}

const AllowNull = flagOrValue(() => ({ allowNull: true }), (allowNull) => ({ allowNull }));
const Unique = flagOrValue(() => ({ unique: true }), (unique) => ({ unique }));

function PrimaryKey(target, propertyName) {
  meta.addAttributeOptions(target, propertyName, { primaryKey: true });
}

function AutoIncrement(target, propertyName) {
  meta.addAttributeOptions(target, propertyName, { autoIncrement: true });
}

function Default(value) {
  return (target, propertyName) => meta.addAttributeOptions(target, propertyName, { defaultValue: value });
}

function Comment(value) {
  return (target, propertyName) => meta.addAttributeOptions(target, propertyName, { comment: value });
}

function CreatedAt(target, propertyName) {
  meta.addOptions(target, { createdAt: propertyName, timestamps: true });
}

function UpdatedAt(target, propertyName) {
  meta.addOptions(target, { updatedAt: propertyName, timestamps: true });
}

function DeletedAt(target, propertyName) {
  meta.addOptions(target, { deletedAt: propertyName, timestamps: true, paranoid: true });
}

module.exports = {
  Column, AllowNull, Unique, PrimaryKey, AutoIncrement, Default, Comment, CreatedAt, UpdatedAt, DeletedAt,
};
