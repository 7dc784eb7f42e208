'use strict';
// The `sequelize` package as model files see it: the Sequelize class (define / model /
// isDefined / hooks / fn·col·literal·cast·where·json / normalizeDataType), its static members
// (DataTypes and every type, Op, Deferrable, Model, QueryTypes, Transaction, errors, …).

const Utils = require('./utils');
const DataTypes = require('./data-types');
const Model = require('./model');
const Hooks = require('./hooks');
const associations = require('./associations');
const BelongsToMany = require('./belongs-to-many');
const misc = require('./misc');

associations.installMixin(Model, BelongsToMany);

const DIALECTS = ['mysql', 'mariadb', 'postgres', 'sqlite', 'mssql', 'db2', 'snowflake', 'oracle'];

class ModelManager {
  constructor(sequelize) {
    this.models = [];
    this.sequelize = sequelize;
  }

  addModel(model) {
    this.models.push(model);
    this.sequelize.models[model.name] = model;
    return model;
  }

  removeModel(modelToRemove) {
    this.models = this.models.filter((model) => model.name !== modelToRemove.name);
    delete this.sequelize.models[modelToRemove.name];
  }

  getModel(against, options) {
    const attribute = (options && options.attribute) || 'name';
    return this.models.find((model) => model[attribute] === against);
  }

  findModel(callback) {
    return this.models.find(callback);
  }

  get all() {
    return this.models;
  }
}

// Set by the loader (js-shim/index.js) while it loads a project: every `new Sequelize(...)`, the
// project's own included, takes the requested dialect whatever its URL or options name (nothing
// connects), and is reported to `created` so the models of every instance make up the schema.
let loadMode = null;
function setLoadMode(mode) {
  loadMode = mode;
}

function defaultLogging(...args) {
  if (typeof console !== 'undefined') console.log(...args);
}

class Sequelize {
  constructor(database, username, password, options) {
    if (arguments.length === 1 && typeof database === 'object' && database !== null) {
      options = database;
    } else if ((arguments.length === 1 && typeof database === 'string') || (arguments.length === 2 && typeof username === 'object')) {
      options = { ...(username || {}) };
      const m = /^([a-z0-9]+):/i.exec(database);
      if (m) options.dialect = m[1];
    } else {
      options = options || {};
    }
    if (loadMode) options = { ...options, dialect: loadMode.dialect };
    this.options = {
      dialect: null, dialectModule: null, dialectModulePath: null, host: 'localhost', protocol: 'tcp', define: {},
      query: {}, sync: {}, timezone: '+00:00', standardConformingStrings: true, logging: defaultLogging,
      omitNull: false, native: false, replication: false, ssl: undefined, pool: {}, quoteIdentifiers: true,
      hooks: {}, retry: { max: 5, match: ['SQLITE_BUSY: database is locked'] }, transactionType: 'DEFERRED',
      isolationLevel: null, databaseVersion: 0, typeValidation: false, benchmark: false, minifyAliases: false,
      logQueryParameters: false, attributeBehavior: 'throw', ...options,
    };
    if (!this.options.dialect) throw new Error('Dialect needs to be explicitly supplied as of v4.0.0');
    if (this.options.dialect === 'postgresql') this.options.dialect = 'postgres';
    if (!DIALECTS.includes(this.options.dialect)) {
      throw new Error(`The dialect ${this.options.dialect} is not supported. Supported dialects: mssql, mariadb, mysql, oracle, postgres, db2 and sqlite.`);
    }
    if (this.options.logging === true) this.options.logging = defaultLogging;
    this._setupHooks(options.hooks);
    this.config = { database: this.options.database, username: this.options.username, host: this.options.host };
    this.dialect = { name: this.options.dialect, DataTypes: DataTypes[this.options.dialect] || {} };
    this.models = {};
    this.modelManager = new ModelManager(this);
    if (loadMode) loadMode.created(this);
  }

  getDialect() {
    return this.options.dialect;
  }

  getDatabaseName() {
    return this.config.database;
  }

  getQueryInterface() {
    return misc.queryInterface(this);
  }

  define(modelName, attributes, options = {}) {
    options.modelName = modelName;
    options.sequelize = this;
    const model = class extends Model {};
    model.init(attributes, options);
    return model;
  }

  model(modelName) {
    if (!this.isDefined(modelName)) throw new Error(`${modelName} has not been defined`);
    return this.modelManager.getModel(modelName);
  }

  isDefined(modelName) {
    return !!this.modelManager.models.find((model) => model.name === modelName);
  }

  log(...args) {
    if (this.options.logging) this.options.logging(...args);
  }

  escape(value) {
    return misc.escape(value);
  }

  random() {
    return this.fn(['postgres', 'sqlite', 'snowflake'].includes(this.getDialect()) ? 'RANDOM' : 'RAND');
  }

  normalizeDataType(Type) {
    let type = typeof Type === 'function' ? new Type() : Type;
    const dialectTypes = this.dialect.DataTypes || {};
    if (type === null || type === undefined) {
      // Sequelize fails here reading `type.key`; keep its (V8) message.
      throw new TypeError(`Cannot read properties of ${type} (reading 'key')`);
    }
    if (dialectTypes[type.key]) type = dialectTypes[type.key].extend(type);
    if (type instanceof DataTypes.ARRAY) {
      if (!type.type) throw new Error('ARRAY is missing type definition for its values.');
      if (dialectTypes[type.type.key]) type.type = dialectTypes[type.type.key].extend(type.type);
    }
    return type;
  }

  normalizeAttribute(attribute) {
    if (!Utils.isPlainObject(attribute)) attribute = { type: attribute };
    if (!attribute.type) return attribute;
    attribute.type = this.normalizeDataType(attribute.type);
    if (Object.prototype.hasOwnProperty.call(attribute, 'defaultValue')) {
      const dv = attribute.defaultValue;
      if (typeof dv === 'function' && [DataTypes.NOW, DataTypes.UUIDV1, DataTypes.UUIDV4].includes(dv)) {
        attribute.defaultValue = new dv();
      }
    }
    if (attribute.type instanceof DataTypes.ENUM) {
      if (attribute.values) {
        attribute.type.values = attribute.type.options.values = attribute.values;
      } else {
        attribute.values = attribute.type.values;
      }
      if (!Utils.get(attribute.values, 'length')) throw new Error('Values for ENUM have not been defined.');
    }
    return attribute;
  }

  static fn(fn, ...args) {
    return new Utils.Fn(fn, args);
  }

  static col(col) {
    return new Utils.Col(col);
  }

  static cast(val, type) {
    return new Utils.Cast(val, type);
  }

  static literal(val) {
    return new Utils.Literal(val);
  }

  static and(...args) {
    return { [misc.Op.and]: args };
  }

  static or(...args) {
    return { [misc.Op.or]: args };
  }

  static json(conditionsOrPath, value) {
    return new Utils.Json(conditionsOrPath, value);
  }

  static where(attr, comparator, logic) {
    return new Utils.Where(attr, comparator, logic);
  }
}

for (const name of ['fn', 'col', 'cast', 'literal', 'and', 'or', 'json', 'where']) {
  Sequelize.prototype[name] = Sequelize[name];
}
for (const name of ['authenticate', 'validate', 'sync', 'drop', 'query', 'transaction', 'close', 'truncate', 'set',
  'createSchema', 'showAllSchemas', 'dropSchema', 'dropAllSchemas', 'databaseVersion']) {
  Sequelize.prototype[name] = function () {
    return Promise.reject(new Error(`sequelize.${name}() is not available in sequelize-ddl`));
  };
}
Sequelize.prototype.refreshTypes = function () {};

Object.defineProperty(Sequelize, 'version', { enumerable: true, get: () => '6.37.8' });
Sequelize.options = { hooks: {} };
Sequelize.Utils = Utils;
Sequelize.Op = misc.Op;
Sequelize.TableHints = misc.TableHints;
Sequelize.IndexHints = misc.IndexHints;
Sequelize.Transaction = misc.Transaction;
Sequelize.prototype.Sequelize = Sequelize;
Sequelize.prototype.QueryTypes = Sequelize.QueryTypes = misc.QueryTypes;
Sequelize.prototype.Validator = Sequelize.Validator = misc.Validator;
Sequelize.Model = Model;
Sequelize.QueryInterface = misc.QueryInterface;
Sequelize.BelongsTo = associations.BelongsTo;
Sequelize.HasOne = associations.HasOne;
Sequelize.HasMany = associations.HasMany;
Sequelize.BelongsToMany = BelongsToMany;
Sequelize.DataTypes = DataTypes;
for (const dataType of Object.keys(DataTypes)) Sequelize[dataType] = DataTypes[dataType];
Sequelize.Deferrable = misc.Deferrable;
Sequelize.prototype.Association = Sequelize.Association = associations.Association;
Sequelize.useInflection = () => {};
Hooks.applyTo(Sequelize);
Hooks.applyTo(Sequelize.prototype);
Sequelize.Error = misc.errors.BaseError;
for (const error of Object.keys(misc.errors)) Sequelize[error] = misc.errors[error];

Object.defineProperty(Sequelize, 'setLoadMode', { value: setLoadMode });

module.exports = Sequelize;
module.exports.Sequelize = Sequelize;
module.exports.default = Sequelize;
