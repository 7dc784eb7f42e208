'use strict';
// Sequelize 6 DataTypes: the same classes, constructor arguments, own fields (options, _length,
// _binary, _unsigned, …) and getters (UNSIGNED, ZEROFILL, BINARY), exported "invokable" (callable
// with and without `new`). Per-dialect subclasses live in dialect-types.js.

const { isPlainObject } = require('./utils');

const warned = new Set();

class ABSTRACT {
  toString(options) {
    return this.toSql(options);
  }

  toSql() {
    return this.key;
  }

  stringify(value) {
    return value;
  }

  static toString() {
    return this.name;
  }

  // Sequelize prints each distinct warning once per process, on stderr.
  static warn(link, text) {
    if (!warned.has(text)) {
      warned.add(text);
      console.warn(`(sequelize) Warning: ${text} \n>> Check: ${link}`); // index.js routes console to __host.warn
    }
  }

  static extend(oldType) {
    return new this(oldType.options);
  }
}
ABSTRACT.prototype.dialectTypes = '';

class STRING extends ABSTRACT {
  constructor(length, binary) {
    super();
    const options = (typeof length === 'object' && length) || { length, binary };
    this.options = options;
    this._binary = options.binary;
    this._length = options.length || 255;
  }

  toSql() {
    return `VARCHAR(${this._length})${this._binary ? ' BINARY' : ''}`;
  }

  get BINARY() {
    this._binary = true;
    this.options.binary = true;
    return this;
  }

  static get BINARY() {
    return new this().BINARY;
  }
}

class CHAR extends STRING {
  constructor(length, binary) {
    super((typeof length === 'object' && length) || { length, binary });
  }

  toSql() {
    return `CHAR(${this._length})${this._binary ? ' BINARY' : ''}`;
  }
}

class TEXT extends ABSTRACT {
  constructor(length) {
    super();
    const options = (typeof length === 'object' && length) || { length };
    this.options = options;
    this._length = options.length || '';
  }

  toSql() {
    const sizes = { tiny: 'TINYTEXT', medium: 'MEDIUMTEXT', long: 'LONGTEXT' };
    return sizes[String(this._length).toLowerCase()] || this.key;
  }
}

class CITEXT extends ABSTRACT {}

class NUMBER extends ABSTRACT {
  constructor(options = {}) {
    super();
    if (typeof options === 'number') options = { length: options };
    this.options = options;
    this._length = options.length;
    this._zerofill = options.zerofill;
    this._decimals = options.decimals;
    this._precision = options.precision;
    this._scale = options.scale;
    this._unsigned = options.unsigned;
  }

  toSql() {
    let result = this.key;
    if (this._length) {
      result += `(${this._length}`;
      if (typeof this._decimals === 'number') result += `,${this._decimals}`;
      result += ')';
    }
    if (this._unsigned) result += ' UNSIGNED';
    if (this._zerofill) result += ' ZEROFILL';
    return result;
  }

  get UNSIGNED() {
    this._unsigned = true;
    this.options.unsigned = true;
    return this;
  }

  get ZEROFILL() {
    this._zerofill = true;
    this.options.zerofill = true;
    return this;
  }

  static get UNSIGNED() {
    return new this().UNSIGNED;
  }

  static get ZEROFILL() {
    return new this().ZEROFILL;
  }
}

class INTEGER extends NUMBER {}
class TINYINT extends INTEGER {}
class SMALLINT extends INTEGER {}
class MEDIUMINT extends INTEGER {}
class BIGINT extends INTEGER {}

class FLOAT extends NUMBER {
  constructor(length, decimals) {
    super((typeof length === 'object' && length) || { length, decimals });
  }
}

class REAL extends NUMBER {
  constructor(length, decimals) {
    super((typeof length === 'object' && length) || { length, decimals });
  }
}

class DOUBLE extends NUMBER {
  constructor(length, decimals) {
    super((typeof length === 'object' && length) || { length, decimals });
  }
}

class DECIMAL extends NUMBER {
  constructor(precision, scale) {
    super((typeof precision === 'object' && precision) || { precision, scale });
  }

  toSql() {
    if (this._precision || this._scale) {
      return `DECIMAL(${[this._precision, this._scale].filter((x) => x).join(',')})`;
    }
    return 'DECIMAL';
  }
}

for (const floating of [FLOAT, DOUBLE, REAL]) floating.prototype.escape = false;

class BOOLEAN extends ABSTRACT {
  toSql() {
    return 'TINYINT(1)';
  }
}

class TIME extends ABSTRACT {}

class DATE extends ABSTRACT {
  constructor(length) {
    super();
    const options = (typeof length === 'object' && length) || { length };
    this.options = options;
    this._length = options.length || '';
  }

  toSql() {
    return 'DATETIME';
  }
}

class DATEONLY extends ABSTRACT {
  toSql() {
    return 'DATE';
  }
}

class HSTORE extends ABSTRACT {}
class JSONTYPE extends ABSTRACT {}
class JSONB extends JSONTYPE {}
class NOW extends ABSTRACT {}

class BLOB extends ABSTRACT {
  constructor(length) {
    super();
    const options = (typeof length === 'object' && length) || { length };
    this.options = options;
    this._length = options.length || '';
  }

  toSql() {
    const sizes = { tiny: 'TINYBLOB', medium: 'MEDIUMBLOB', long: 'LONGBLOB' };
    return sizes[String(this._length).toLowerCase()] || this.key;
  }
}
BLOB.prototype.escape = false;

class RANGE extends ABSTRACT {
  constructor(subtype) {
    super();
    const options = isPlainObject(subtype) ? subtype : { subtype };
    if (!options.subtype) options.subtype = new INTEGER();
    if (typeof options.subtype === 'function') options.subtype = new options.subtype();
    this._subtype = options.subtype.key;
    this.options = options;
  }
}
RANGE.prototype.escape = false;

class UUID extends ABSTRACT {}
class UUIDV1 extends ABSTRACT {}
class UUIDV4 extends ABSTRACT {}

class VIRTUAL extends ABSTRACT {
  constructor(ReturnType, fields) {
    super();
    if (typeof ReturnType === 'function') ReturnType = new ReturnType();
    this.returnType = ReturnType;
    this.fields = fields;
  }
}

class ENUM extends ABSTRACT {
  constructor(...args) {
    super();
    const value = args[0];
    const options = (typeof value === 'object' && !Array.isArray(value) && value) || {
      values: args.reduce((result, element) => result.concat(Array.isArray(element) ? element : [element]), []),
    };
    this.values = options.values;
    this.options = options;
  }
}

class ARRAY extends ABSTRACT {
  constructor(type) {
    super();
    const options = isPlainObject(type) ? type : { type };
    this.options = options;
    this.type = typeof options.type === 'function' ? new options.type() : options.type;
  }

  toSql() {
    return `${this.type.toSql()}[]`;
  }

  static is(obj, type) {
    return obj instanceof ARRAY && obj.type instanceof type;
  }
}
ARRAY.prototype.escape = false;

class GEOMETRY extends ABSTRACT {
  constructor(type, srid) {
    super();
    const options = isPlainObject(type) ? type : { type, srid };
    this.options = options;
    this.type = options.type;
    this.srid = options.srid;
  }
}
GEOMETRY.prototype.escape = false;

class GEOGRAPHY extends ABSTRACT {
  constructor(type, srid) {
    super();
    const options = isPlainObject(type) ? type : { type, srid };
    this.options = options;
    this.type = options.type;
    this.srid = options.srid;
  }
}
GEOGRAPHY.prototype.escape = false;

class CIDR extends ABSTRACT {}
class INET extends ABSTRACT {}
class MACADDR extends ABSTRACT {}
class TSVECTOR extends ABSTRACT {}

// Export order and aliases as in Sequelize: the first name a class appears under is its key
// ("DOUBLE PRECISION" before DOUBLE, DECIMAL before NUMERIC).
const BASE = {
  ABSTRACT, STRING, CHAR, TEXT, NUMBER, TINYINT, SMALLINT, MEDIUMINT, INTEGER, BIGINT, FLOAT, TIME, DATE,
  DATEONLY, BOOLEAN, NOW, BLOB, DECIMAL, NUMERIC: DECIMAL, UUID, UUIDV1, UUIDV4, HSTORE, JSON: JSONTYPE, JSONB,
  VIRTUAL, ARRAY, ENUM, RANGE, REAL, 'DOUBLE PRECISION': DOUBLE, DOUBLE, GEOMETRY, GEOGRAPHY, CIDR, INET, MACADDR,
  CITEXT, TSVECTOR,
};
for (const name of Object.keys(BASE)) {
  const T = BASE[name];
  if (!Object.prototype.hasOwnProperty.call(T, 'key')) {
    T.types = {};
    T.key = T.prototype.key = name;
  }
}

// Callable with or without `new`, like Sequelize's classToInvokable.
function classToInvokable(Class) {
  return new Proxy(Class, {
    apply(target, thisArg, args) {
      return new Class(...args);
    },
    construct(target, args) {
      return new Class(...args);
    },
  });
}

const DataTypes = {};
for (const name of Object.keys(BASE)) DataTypes[name] = classToInvokable(BASE[name]);

const dialectMap = require('./dialect-types')(BASE, ABSTRACT.warn.bind(ABSTRACT));
for (const dialect of Object.keys(dialectMap)) {
  const types = dialectMap[dialect];
  for (const key of Object.keys(types)) types[key] = classToInvokable(types[key]);
  DataTypes[dialect] = types;
}

module.exports = DataTypes;
