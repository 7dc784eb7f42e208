'use strict';
// Sequelize 6 associations at definition time: option merging, foreign-key naming, the injected
// attribute (type, allowNull, references, onDelete/onUpdate) deep-merged into the target with
// "existing value wins", and the refreshes that follow. Accessor mixins are not installed.

const Utils = require('./utils');

class AssociationError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SequelizeAssociationError';
  }
}

class Association {
  constructor(source, target, options = {}) {
    this.source = source;
    this.target = target;
    this.options = options;
    this.scope = options.scope;
    this.isSelfAssociation = this.source === this.target;
    this.as = options.as;
    this.associationType = '';
    if (source.hasAlias(options.as)) {
      throw new AssociationError(`You have used the alias ${options.as} in two separate associations. Aliased associations must have unique aliases.`);
    }
  }
}

function checkNamingCollision(association) {
  if (Object.prototype.hasOwnProperty.call(association.source.rawAttributes, association.as)) {
    throw new Error(`Naming collision between attribute '${association.as}' and association '${association.as}' on model ${association.source.name}. To remedy this, change either foreignKey or as in your association definition`);
  }
}

function addForeignKeyConstraints(newAttribute, source, target, options, key) {
  if (options.foreignKeyConstraint || options.onDelete || options.onUpdate) {
    const primaryKeys = Object.keys(source.primaryKeys).map((pk) => Utils.get(source.rawAttributes[pk], 'field') || pk);
    if (primaryKeys.length === 1 || !primaryKeys.includes(key)) {
      newAttribute.references = { model: source.getTableName(), key: key || primaryKeys[0] };
      newAttribute.onDelete = options.onDelete;
      newAttribute.onUpdate = options.onUpdate;
    }
  }
}

// options.foreignKey as a string or as an attribute object ({name | fieldName, …}).
function readForeignKey(assoc) {
  if (Utils.isObject(assoc.options.foreignKey)) {
    assoc.foreignKeyAttribute = assoc.options.foreignKey;
    assoc.foreignKey = assoc.foreignKeyAttribute.name || assoc.foreignKeyAttribute.fieldName;
  } else if (assoc.options.foreignKey) {
    assoc.foreignKey = assoc.options.foreignKey;
  }
}

class BelongsTo extends Association {
  constructor(source, target, options) {
    super(source, target, options);
    this.associationType = 'BelongsTo';
    this.isSingleAssociation = true;
    this.foreignKeyAttribute = {};
    if (this.as) {
      this.isAliased = true;
      this.options.name = { singular: this.as };
    } else {
      this.as = this.target.options.name.singular;
      this.options.name = this.target.options.name;
    }
    readForeignKey(this);
    if (!this.foreignKey) this.foreignKey = Utils.camelize([this.as, this.target.primaryKeyAttribute].join('_'));
    this.identifier = this.foreignKey;
    if (this.options.targetKey && !this.target.rawAttributes[this.options.targetKey]) {
      throw new Error(`Unknown attribute "${this.options.targetKey}" passed as targetKey, define this attribute on model "${this.target.name}" first`);
    }
    this.targetKey = this.options.targetKey || this.target.primaryKeyAttribute;
    this.targetKeyField = Utils.get(this.target.rawAttributes[this.targetKey], 'field') || this.targetKey;
    this.associationAccessor = this.as;
  }

  _injectAttributes() {
    injectForeignKey(this, this.source, this.target, this.targetKey, this.targetKeyField, 'NO ACTION', this.options);
    checkNamingCollision(this);
    return this;
  }
}

class HasOne extends Association {
  constructor(source, target, options) {
    super(source, target, options);
    this.associationType = 'HasOne';
    this.isSingleAssociation = true;
    this.foreignKeyAttribute = {};
    if (this.as) {
      this.isAliased = true;
      this.options.name = { singular: this.as };
    } else {
      this.as = this.target.options.name.singular;
      this.options.name = this.target.options.name;
    }
    readForeignKey(this);
    if (!this.foreignKey) {
      this.foreignKey = Utils.camelize([Utils.singularize(this.options.as || this.source.name), this.source.primaryKeyAttribute].join('_'));
    }
    if (this.options.sourceKey && !this.source.rawAttributes[this.options.sourceKey]) {
      throw new Error(`Unknown attribute "${this.options.sourceKey}" passed as sourceKey, define this attribute on model "${this.source.name}" first`);
    }
    this.sourceKey = this.sourceKeyAttribute = this.options.sourceKey || this.source.primaryKeyAttribute;
    this.sourceKeyField = Utils.get(this.source.rawAttributes[this.sourceKey], 'field') || this.sourceKey;
    this.associationAccessor = this.as;
  }

  _injectAttributes() {
    injectForeignKey(this, this.target, this.source, this.sourceKey, this.sourceKeyField, 'CASCADE', this.options);
    checkNamingCollision(this);
    return this;
  }
}

class HasMany extends Association {
  constructor(source, target, options) {
    super(source, target, options);
    this.associationType = 'HasMany';
    this.isMultiAssociation = true;
    this.foreignKeyAttribute = {};
    if (this.options.through) throw new Error('N:M associations are not supported with hasMany. Use belongsToMany instead');
    if (this.as) {
      this.isAliased = true;
      if (Utils.isPlainObject(this.as)) {
        this.options.name = this.as;
        this.as = this.as.plural;
      } else {
        this.options.name = { plural: this.as, singular: Utils.singularize(this.as) };
      }
    } else {
      this.as = this.target.options.name.plural;
      this.options.name = this.target.options.name;
    }
    readForeignKey(this);
    if (!this.foreignKey) {
      this.foreignKey = Utils.camelize([this.source.options.name.singular, this.source.primaryKeyAttribute].join('_'));
    }
    this.sourceKey = this.options.sourceKey || this.source.primaryKeyAttribute;
    if (this.source.rawAttributes[this.sourceKey]) {
      this.sourceKeyAttribute = this.sourceKey;
      this.sourceKeyField = Utils.get(this.source.rawAttributes[this.sourceKey], 'field') || this.sourceKey;
    } else {
      this.sourceKeyAttribute = this.source.primaryKeyAttribute;
      this.sourceKeyField = this.source.primaryKeyField;
    }
    this.associationAccessor = this.as;
  }

  _injectAttributes() {
    // hasMany defaults the actions on a copy of its options (Sequelize's constraintOptions)
    injectForeignKey(this, this.target, this.source, this.sourceKeyAttribute, this.sourceKeyField, 'CASCADE', { ...this.options });
    this.source.refreshAttributes();
    // Sequelize reads the source key's field here; a missing sourceKey fails the same way.
    this.sourceKeyField = Utils.get(this.source.rawAttributes[this.sourceKey], 'field') || this.sourceKey;
    checkNamingCollision(this);
    return this;
  }
}

// The foreign-key attribute a belongsTo/hasOne/hasMany puts on `holder`, referencing `referenced`'s
// `key`: Sequelize's three _injectAttributes differ only in these parameters. A nullable FK (as it
// exists before injection) defaults to ON DELETE SET NULL, a required one to `onDeleteWhenRequired`.
function injectForeignKey(assoc, holder, referenced, key, keyField, onDeleteWhenRequired, options) {
  const newAttributes = {
    [assoc.foreignKey]: { type: options.keyType || Utils.get(referenced.rawAttributes[key], 'type'), allowNull: true, ...assoc.foreignKeyAttribute },
  };
  if (options.constraints !== false) {
    const existing = holder.rawAttributes[assoc.foreignKey] || newAttributes[assoc.foreignKey];
    options.onDelete = options.onDelete || (existing.allowNull ? 'SET NULL' : onDeleteWhenRequired);
    options.onUpdate = options.onUpdate || 'CASCADE';
  }
  addForeignKeyConstraints(newAttributes[assoc.foreignKey], referenced, holder, options, keyField);
  Utils.mergeDefaults(holder.rawAttributes, newAttributes);
  holder.refreshAttributes();
}

function isModel(model, sequelize) {
  return !!model && !!model.prototype && model.prototype instanceof sequelize.Sequelize.Model;
}

function register(source, target, Type, options) {
  if (options.useHooks) source.runHooks('beforeAssociate', { source, target, type: Type }, options);
  const association = new Type(source, target, options);
  source.associations[association.associationAccessor] = association;
  association._injectAttributes();
  if (options.useHooks) source.runHooks('afterAssociate', { source, target, type: Type, association }, options);
  return association;
}

function lowerFirst(s) {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

// The static association methods mixed into Model (Sequelize's associations/mixin.js).
function installMixin(Model, BelongsToMany) {
  Model.hasMany = function hasMany(target, options = {}) {
    if (!isModel(target, this.sequelize)) throw new Error(`${this.name}.hasMany called with something that's not a subclass of Sequelize.Model`);
    options.hooks = options.hooks === undefined ? false : Boolean(options.hooks);
    options.useHooks = options.hooks;
    Object.assign(options, Utils.omit(this.options, ['hooks']));
    return register(this, target, HasMany, options);
  };
  Model.belongsToMany = function belongsToMany(target, options = {}) {
    if (!isModel(target, this.sequelize)) throw new Error(`${this.name}.belongsToMany called with something that's not a subclass of Sequelize.Model`);
    options.hooks = options.hooks === undefined ? false : Boolean(options.hooks);
    options.useHooks = options.hooks;
    options.timestamps = options.timestamps === undefined ? this.sequelize.options.timestamps : options.timestamps;
    Object.assign(options, Utils.omit(this.options, ['hooks', 'timestamps', 'scopes', 'defaultScope']));
    return register(this, target, BelongsToMany, options);
  };
  const singleLinked = (Type) => function (target, options = {}) {
    if (!isModel(target, this.sequelize)) {
      throw new Error(`${this.name}.${lowerFirst(Type.name)} called with something that's not a subclass of Sequelize.Model`);
    }
    options.hooks = options.hooks === undefined ? false : Boolean(options.hooks);
    options.useHooks = options.hooks;
    Object.assign(options, this.options);
    return register(this, target, Type, options);
  };
  Model.hasOne = singleLinked(HasOne);
  Model.belongsTo = singleLinked(BelongsTo);
  Model.getAssociations = function (target) {
    return Object.values(this.associations).filter((a) => a.target.name === target.name);
  };
  Model.getAssociationForAlias = function (target, alias) {
    return this.getAssociations(target).find((a) => a.as === alias) || null;
  };
}

module.exports = { Association, AssociationError, BelongsTo, HasOne, HasMany, checkNamingCollision, installMixin };
