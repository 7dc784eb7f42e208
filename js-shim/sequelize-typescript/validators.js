'use strict';
// The validation decorators: each adds to the attribute's `validate` options (no effect on the DDL,
// but they need @Column below them, like in sequelize-typescript).

const { addAttributeOptions } = require('./metadata.js');

const validate = (options) => (target, propertyName) => addAttributeOptions(target, propertyName, { validate: options });

// @IsEmail and friends: used bare.
const FLAGS = {
  IsAlpha: 'isAlpha', IsAlphanumeric: 'isAlphanumeric', IsArray: 'isArray', IsCreditCard: 'isCreditCard', IsDate: 'isDate',
  IsDecimal: 'isDecimal', IsEmail: 'isEmail', IsFloat: 'isFloat', IsInt: 'isInt', IsIPv4: 'isIPv4', IsIPv6: 'isIPv6',
  IsIP: 'isIP', IsLowercase: 'isLowercase', IsNull: 'isNull', IsNumeric: 'isNumeric', IsUppercase: 'isUppercase',
  IsUrl: 'isUrl', NotNull: 'notNull',
};
// @Min(3) and friends: called with their argument.
const VALUES = {
  Contains: 'contains', Equals: 'equals', IsAfter: 'isAfter', IsBefore: 'isBefore', IsIn: 'isIn', IsUUID: 'isUUID',
  Max: 'max', Min: 'min', NotContains: 'notContains', NotIn: 'notIn', Not: 'not',
};

const validators = {};
for (const [name, key] of Object.entries(FLAGS)) {
  validators[name] = { [name](target, propertyName) { validate({ [key]: true })(target, propertyName); } }[name];
}
for (const [name, key] of Object.entries(VALUES)) {
  validators[name] = { [name](value) { return validate({ [key]: value }); } }[name];
}

validators.Length = function Length({ msg, min, max }) {
  const length = [min || 0, max];
  return validate({ len: msg ? { args: length, msg } : length });
};

validators.NotEmpty = function NotEmpty(...args) {
  if (args.length === 1) return validate({ notEmpty: args[0] });
  validate({ notEmpty: true })(args[0], args[1]);
  return undefined;
};

validators.Is = function Is(...args) {
  const options = {};
  if (typeof args[0] === 'function' || (typeof args[0] === 'string' && typeof args[1] === 'function')) {
    let name;
    let validator;
    if (typeof args[0] === 'function') {
      [validator] = args;
      name = validator.name;
      if (!name) throw new Error('Passed validator function must have a name');
    } else {
      [name, validator] = args;
    }
    options[`is${name.charAt(0).toUpperCase()}${name.substr(1, name.length)}`] = validator;
  } else {
    options.is = args[0];
  }
  return validate(options);
};

validators.Validate = function Validate(options) {
  return validate(options);
};

module.exports = validators;
