'use strict';
// Sequelize 6's Model, reduced to definition time: init() with the same option defaulting,
// attribute normalisation, implicit id / timestamps / version, table naming, index naming,
// unique-key map and refresh semantics. Query methods exist but refuse to run.

const Utils = require('./utils');
const DataTypes = require('./data-types');
const Hooks = require('./hooks');

const NOT_HERE = 'is not available in sequelize-ddl (models are only defined, never queried)';

class Model {
  static init(attributes, options = {}) {
    if (!options.sequelize) throw new Error('No Sequelize instance passed');
    this.sequelize = options.sequelize;
    const globalOptions = this.sequelize.options;
    options = Utils.merge(Utils.cloneDeep(globalOptions.define), options);
    if (!options.modelName) options.modelName = this.name;
    options = Utils.merge({
      name: { plural: Utils.pluralize(options.modelName), singular: Utils.singularize(options.modelName) },
      indexes: [],
      omitNull: globalOptions.omitNull,
      schema: globalOptions.schema,
    }, options);
    this.sequelize.runHooks('beforeDefine', attributes, options);
    if (options.modelName !== this.name) Object.defineProperty(this, 'name', { value: options.modelName });
    delete options.modelName;
    this.options = {
      timestamps: true, validate: {}, freezeTableName: false, underscored: false, paranoid: false,
      rejectOnEmpty: false, whereCollection: null, schema: null, schemaDelimiter: '', defaultScope: {},
      scopes: {}, indexes: [], whereMergeStrategy: 'overwrite', ...options,
    };
    if (this.sequelize.isDefined(this.name)) {
      this.sequelize.modelManager.removeModel(this.sequelize.modelManager.getModel(this.name));
    }
    this.associations = {};
    this._setupHooks(options.hooks);
    this.underscored = this.options.underscored;
    if (!this.options.tableName) {
      this.tableName = this.options.freezeTableName ? this.name : Utils.underscoredIf(Utils.pluralize(this.name), this.underscored);
    } else {
      this.tableName = this.options.tableName;
    }
    this._schema = this.options.schema;
    this._schemaDelimiter = this.options.schemaDelimiter;
    for (const validatorType of Object.keys(options.validate || {})) {
      if (Object.prototype.hasOwnProperty.call(attributes, validatorType)) {
        throw new Error(`A model validator function must not have the same name as a field. Model: ${this.name}, field/validation name: ${validatorType}`);
      }
      if (typeof options.validate[validatorType] !== 'function') {
        throw new Error(`Members of the validate option must be functions. Model: ${this.name}, error with validate member ${validatorType}`);
      }
    }
    if (!['and', 'overwrite'].includes(this.options.whereMergeStrategy)) {
      throw new Error(`Invalid value ${this.options.whereMergeStrategy} for whereMergeStrategy. Allowed values are 'and' and 'overwrite'.`);
    }
    this.rawAttributes = {};
    for (const name of Object.keys(attributes || {})) {
      const attribute = this.sequelize.normalizeAttribute(attributes[name]);
      if (attribute.type === undefined) throw new Error(`Unrecognized datatype for attribute "${this.name}.${name}"`);
      if (attribute.allowNull !== false && attribute.validate && Utils.isObject(attribute.validate) && attribute.validate.notNull) {
        throw new Error(`Invalid definition for "${this.name}.${name}", "notNull" validator is only allowed with "allowNull:false"`);
      }
      const ref = attribute.references;
      if (ref && ref.model && ref.model.prototype instanceof Model) {
        attribute.references.model = attribute.references.model.getTableName();
      }
      this.rawAttributes[name] = attribute;
    }
    const tableName = this.getTableName();
    this._indexes = this.options.indexes.map((index) => Utils.nameIndex(this._conformIndex(index), tableName));
    this.primaryKeys = {};
    this._timestampAttributes = {};
    if (this.options.timestamps) {
      for (const key of ['createdAt', 'updatedAt', 'deletedAt']) {
        if (!['undefined', 'string', 'boolean'].includes(typeof this.options[key])) {
          throw new Error(`Value for "${key}" option must be a string or a boolean, got ${typeof this.options[key]}`);
        }
        if (this.options[key] === '') throw new Error(`Value for "${key}" option cannot be an empty string`);
      }
      const pick = (key) => (typeof this.options[key] === 'string' ? this.options[key] : key);
      if (this.options.createdAt !== false) this._timestampAttributes.createdAt = pick('createdAt');
      if (this.options.updatedAt !== false) this._timestampAttributes.updatedAt = pick('updatedAt');
      if (this.options.paranoid && this.options.deletedAt !== false) this._timestampAttributes.deletedAt = pick('deletedAt');
    }
    if (this.options.version) {
      this._versionAttribute = typeof this.options.version === 'string' ? this.options.version : 'version';
    }
    this._addDefaultAttributes();
    this.refreshAttributes();
    this._findAutoIncrementAttribute();
    this._scope = this.options.defaultScope;
    this._scopeNames = ['defaultScope'];
    this.sequelize.modelManager.addModel(this);
    this.sequelize.runHooks('afterDefine', this);
    return this;
  }

  static _conformIndex(index) {
    if (!index.fields) throw new Error('Missing "fields" property for index definition');
    index = Utils.defaults(index, { type: '', parser: null });
    if (index.type && index.type.toLowerCase() === 'unique') {
      index.unique = true;
      delete index.type;
    }
    return index;
  }

  static _addDefaultAttributes() {
    const tail = {};
    let head = {};
    if (!Object.values(this.rawAttributes).some((a) => a && a.primaryKey)) {
      if ('id' in this.rawAttributes) {
        throw new Error(`A column called 'id' was added to the attributes of '${this.tableName}' but not marked with 'primaryKey: true'`);
      }
      head = { id: { type: new DataTypes.INTEGER(), allowNull: false, primaryKey: true, autoIncrement: true, _autoGenerated: true } };
    }
    const ts = this._timestampAttributes;
    if (ts.createdAt) tail[ts.createdAt] = { type: DataTypes.DATE, allowNull: false, _autoGenerated: true };
    if (ts.updatedAt) tail[ts.updatedAt] = { type: DataTypes.DATE, allowNull: false, _autoGenerated: true };
    if (ts.deletedAt) tail[ts.deletedAt] = { type: DataTypes.DATE, _autoGenerated: true };
    if (this._versionAttribute) {
      tail[this._versionAttribute] = { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0, _autoGenerated: true };
    }
    const merged = { ...head, ...this.rawAttributes };
    for (const attr of Object.keys(tail)) {
      if (merged[attr] === undefined) merged[attr] = tail[attr];
    }
    this.rawAttributes = merged;
    if (!Object.keys(this.primaryKeys).length) this.primaryKeys.id = this.rawAttributes.id;
  }

  static refreshAttributes() {
    const manipulated = [];
    const note = (name) => { if (!manipulated.includes(name)) manipulated.push(name); };
    for (const type of ['get', 'set']) {
      Object.keys(this.options[`${type}terMethods`] || {}).forEach(note);
      Object.keys(this.rawAttributes).forEach(note);
    }
    this.primaryKeys = {};
    this.uniqueKeys = {};
    this.fieldRawAttributesMap = {};
    this._virtualAttributes = new Set();
    for (const name of Object.keys(this.rawAttributes)) {
      const definition = this.rawAttributes[name];
      definition.type = this.sequelize.normalizeDataType(definition.type);
      definition.Model = this;
      definition.fieldName = name;
      definition._modelAttribute = true;
      if (definition.field === undefined) definition.field = Utils.underscoredIf(name, this.underscored);
      if (definition.primaryKey === true) this.primaryKeys[name] = definition;
      this.fieldRawAttributesMap[definition.field] = definition;
      if (definition.type instanceof DataTypes.VIRTUAL) this._virtualAttributes.add(name);
      if (Object.prototype.hasOwnProperty.call(definition, 'unique') && definition.unique) {
        let idxName;
        if (typeof definition.unique === 'object' && Object.prototype.hasOwnProperty.call(definition.unique, 'name')) {
          idxName = definition.unique.name;
        } else if (typeof definition.unique === 'string') {
          idxName = definition.unique;
        } else {
          idxName = `${this.tableName}_${name}_unique`;
        }
        const idx = this.uniqueKeys[idxName] || { fields: [] };
        idx.fields.push(definition.field);
        idx.msg = idx.msg || definition.unique.msg || null;
        idx.name = idxName || false;
        idx.column = name;
        idx.customIndex = definition.unique !== true;
        this.uniqueKeys[idxName] = idx;
      }
      if (definition.index === true && definition.type instanceof DataTypes.JSONB) {
        this._indexes.push(Utils.nameIndex(this._conformIndex({ fields: [definition.field || name], using: 'gin' }), this.getTableName()));
        delete definition.index;
      }
    }
    for (const key of manipulated) {
      if (Object.prototype.hasOwnProperty.call(Model.prototype, key)) {
        this.sequelize.log(`Not overriding built-in method from model attribute: ${key}`);
      }
    }
    this.tableAttributes = {};
    for (const key of Object.keys(this.rawAttributes)) {
      if (!this._virtualAttributes.has(key)) this.tableAttributes[key] = this.rawAttributes[key];
    }
    this.primaryKeyAttributes = Object.keys(this.primaryKeys);
    this.primaryKeyAttribute = this.primaryKeyAttributes[0];
    if (this.primaryKeyAttribute) {
      this.primaryKeyField = Utils.get(this.rawAttributes[this.primaryKeyAttribute], 'field') || this.primaryKeyAttribute;
    }
    this._hasPrimaryKeys = this.primaryKeyAttributes.length > 0;
  }

  static _findAutoIncrementAttribute() {
    this.autoIncrementAttribute = null;
    for (const name of Object.keys(this.rawAttributes)) {
      const definition = this.rawAttributes[name];
      if (definition && definition.autoIncrement) {
        if (this.autoIncrementAttribute) throw new Error('Invalid Instance definition. Only one autoincrement field allowed.');
        this.autoIncrementAttribute = name;
      }
    }
  }

  static getAttributes() {
    return this.rawAttributes;
  }

  static removeAttribute(attribute) {
    delete this.rawAttributes[attribute];
    this.refreshAttributes();
  }

  static getTableName() {
    if (!this._schema) return this.tableName || this;
    const dialect = this.sequelize.getDialect();
    return {
      tableName: this.tableName || this,
      table: this.tableName || this,
      name: this.name || this,
      schema: this._schema,
      delimiter: this._schemaDelimiter || '.',
      toString() {
        // Only used for messages; the DDL writer quotes tables itself.
        const q = dialect === 'postgres' ? '"' : dialect === 'mssql' ? '[' : '`';
        return `${q}${this.schema}${q}.${q}${this.tableName}${q}`;
      },
    };
  }

  static schema(schema, options) {
    const clone = class extends this {};
    Object.defineProperty(clone, 'name', { value: this.name });
    clone._schema = schema;
    if (options) {
      if (typeof options === 'string') clone._schemaDelimiter = options;
      else if (options.schemaDelimiter) clone._schemaDelimiter = options.schemaDelimiter;
    }
    return clone;
  }

  static hasAlias(alias) {
    return Object.prototype.hasOwnProperty.call(this.associations, alias);
  }

  static addScope(name, scope, options) {
    options = { override: false, ...options };
    if ((name === 'defaultScope' && Object.keys(this.options.defaultScope).length > 0 || name in this.options.scopes) && options.override === false) {
      throw new Error(`The scope ${name} already exists. Pass { override: true } as options to silence this error`);
    }
    if (name === 'defaultScope') this.options.defaultScope = this._scope = scope;
    else this.options.scopes[name] = scope;
  }

  static scope() {
    return this;
  }

  static unscoped() {
    return this;
  }
}

// Query-time statics: present (code may reference them) but never usable here.
for (const name of ['sync', 'drop', 'findAll', 'findOne', 'findByPk', 'findOrCreate', 'findAndCountAll', 'count',
  'create', 'bulkCreate', 'update', 'destroy', 'restore', 'upsert', 'increment', 'decrement', 'max', 'min', 'sum',
  'aggregate', 'truncate', 'describe', 'build', 'bulkBuild', 'findOrBuild', 'findCreateFind']) {
  Model[name] = function () {
    throw new Error(`${this.name}.${name}() ${NOT_HERE}`);
  };
}

// Instance members, named as on Sequelize's Model.prototype (attribute names that collide with
// them make Sequelize log "Not overriding built-in method").
for (const name of ['_initValues', '_setInclude', 'changed', 'decrement', 'destroy', 'equals', 'equalsOneOf', 'get',
  'getDataValue', 'increment', 'isSoftDeleted', 'previous', 'reload', 'restore', 'save', 'set', 'setAttributes',
  'setDataValue', 'setValidators', 'toJSON', 'update', 'validate', 'where']) {
  Model.prototype[name] = function () {
    throw new Error(`instance.${name}() ${NOT_HERE}`);
  };
}
Model.prototype.toString = function () {
  return `[object SequelizeInstance:${this.constructor.name}]`;
};
Object.defineProperty(Model.prototype, 'sequelize', {
  get() {
    return this.constructor.sequelize;
  },
  configurable: true,
});

Hooks.applyTo(Model, true);

module.exports = Model;
