'use strict';
// belongsToMany at definition time: through model lookup or auto-definition (with the merged
// association options as its model options), pairing with the other side, foreign/other key
// naming and injection into the through model (composite PK when the through model's id was
// auto-generated, else a string `unique` key).

const Utils = require('./utils');
const { Association, AssociationError, BelongsTo, HasOne, HasMany, checkNamingCollision } = require('./associations');

class BelongsToMany extends Association {
  constructor(source, target, options) {
    super(source, target, options);
    if (this.options.through === undefined || this.options.through === true || this.options.through === null) {
      throw new AssociationError(`${source.name}.belongsToMany(${target.name}) requires through option, pass either a string or a model`);
    }
    if (!this.options.through.model) this.options.through = { model: options.through };
    this.associationType = 'BelongsToMany';
    this.sequelize = source.sequelize;
    this.through = { ...this.options.through };
    this.isMultiAssociation = true;
    this.doubleLinked = false;
    if (!this.as && this.isSelfAssociation) throw new AssociationError("'as' must be defined for many-to-many self-associations");
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
    for (const association of Object.values(this.target.associations)) {
      if (association.associationType !== 'BelongsToMany' || association.target !== this.source) continue;
      if (this.options.through.model === association.options.through.model) {
        this.paired = association;
        association.paired = this;
      }
    }
    this.sourceKey = this.options.sourceKey || this.source.primaryKeyAttribute;
    this.sourceKeyField = Utils.get(this.source.rawAttributes[this.sourceKey], 'field') || this.sourceKey;
    if (this.options.targetKey) {
      this.targetKey = this.options.targetKey;
      this.targetKeyField = Utils.get(this.target.rawAttributes[this.targetKey], 'field') || this.targetKey;
    } else {
      this.targetKeyDefault = true;
      this.targetKey = this.target.primaryKeyAttribute;
      this.targetKeyField = Utils.get(this.target.rawAttributes[this.targetKey], 'field') || this.targetKey;
    }
    this._createForeignAndOtherKeys();
    if (typeof this.through.model === 'string') {
      if (!this.sequelize.isDefined(this.through.model)) {
        this.through.model = this.sequelize.define(this.through.model, {}, Object.assign(this.options, {
          tableName: this.through.model,
          indexes: [],
          paranoid: this.through.paranoid ? this.through.paranoid : false,
          validate: {},
        }));
      } else {
        this.through.model = this.sequelize.model(this.through.model);
      }
    }
    Object.assign(this.options, Utils.pick(this.through.model.options, ['timestamps', 'createdAt', 'updatedAt', 'deletedAt', 'paranoid']));
    if (this.paired) this._pairUp();
    this.throughModel = this.through.model;
    this.options.tableName = this.combinedName = this.through.model === Object(this.through.model) ? this.through.model.tableName : this.through.model;
    this.associationAccessor = this.as;
  }

  _pairUp() {
    let needInjectPaired = false;
    if (this.targetKeyDefault) {
      this.targetKey = this.paired.sourceKey;
      this.targetKeyField = this.paired.sourceKeyField;
      this._createForeignAndOtherKeys();
    }
    if (this.paired.targetKeyDefault && this.paired.targetKey !== this.sourceKey) {
      delete this.through.model.rawAttributes[this.paired.otherKey];
      this.paired.targetKey = this.sourceKey;
      this.paired.targetKeyField = this.sourceKeyField;
      this.paired._createForeignAndOtherKeys();
      needInjectPaired = true;
    }
    if (this.otherKeyDefault) this.otherKey = this.paired.foreignKey;
    if (this.paired.otherKeyDefault && this.paired.otherKey !== this.foreignKey) {
      delete this.through.model.rawAttributes[this.paired.otherKey];
      this.paired.otherKey = this.foreignKey;
      needInjectPaired = true;
    }
    if (needInjectPaired) this.paired._injectAttributes();
  }

  _createForeignAndOtherKeys() {
    if (Utils.isObject(this.options.foreignKey)) {
      this.foreignKeyAttribute = this.options.foreignKey;
      this.foreignKey = this.foreignKeyAttribute.name || this.foreignKeyAttribute.fieldName;
    } else {
      this.foreignKeyAttribute = {};
      this.foreignKey = this.options.foreignKey || Utils.camelize([this.source.options.name.singular, this.sourceKey].join('_'));
    }
    if (Utils.isObject(this.options.otherKey)) {
      this.otherKeyAttribute = this.options.otherKey;
      this.otherKey = this.otherKeyAttribute.name || this.otherKeyAttribute.fieldName;
    } else {
      if (!this.options.otherKey) this.otherKeyDefault = true;
      this.otherKeyAttribute = {};
      this.otherKey = this.options.otherKey || Utils.camelize([
        this.isSelfAssociation ? Utils.singularize(this.as) : this.target.options.name.singular,
        this.targetKey,
      ].join('_'));
    }
  }

  _injectAttributes() {
    const through = this.through.model;
    const attrs = through.rawAttributes;
    for (const attributeName of Object.keys(attrs)) {
      const attribute = attrs[attributeName];
      if (attribute.primaryKey === true && attribute._autoGenerated === true) {
        if ([this.foreignKey, this.otherKey].includes(attributeName)) attribute.primaryKey = false;
        else delete attrs[attributeName];
        this.primaryKeyDeleted = true;
      }
    }
    const sourceAttribute = { type: Utils.get(this.source.rawAttributes[this.sourceKey], 'type'), ...this.foreignKeyAttribute };
    const targetAttribute = { type: Utils.get(this.target.rawAttributes[this.targetKey], 'type'), ...this.otherKeyAttribute };
    if (this.primaryKeyDeleted === true) {
      targetAttribute.primaryKey = sourceAttribute.primaryKey = true;
    } else if (this.through.unique !== false) {
      const uniqueKey = typeof this.options.uniqueKey === 'string' && this.options.uniqueKey !== ''
        ? this.options.uniqueKey
        : [through.tableName, this.foreignKey, this.otherKey, 'unique'].join('_');
      targetAttribute.unique = sourceAttribute.unique = uniqueKey;
    }
    if (!attrs[this.foreignKey]) attrs[this.foreignKey] = { _autoGenerated: true };
    if (!attrs[this.otherKey]) attrs[this.otherKey] = { _autoGenerated: true };
    if (this.options.constraints !== false) {
      sourceAttribute.references = { model: this.source.getTableName(), key: this.sourceKeyField };
      sourceAttribute.onDelete = this.options.onDelete || attrs[this.foreignKey].onDelete;
      sourceAttribute.onUpdate = this.options.onUpdate || attrs[this.foreignKey].onUpdate;
      if (!sourceAttribute.onDelete) sourceAttribute.onDelete = 'CASCADE';
      if (!sourceAttribute.onUpdate) sourceAttribute.onUpdate = 'CASCADE';
      targetAttribute.references = { model: this.target.getTableName(), key: this.targetKeyField };
      targetAttribute.onDelete = attrs[this.otherKey].onDelete || this.options.onDelete;
      targetAttribute.onUpdate = attrs[this.otherKey].onUpdate || this.options.onUpdate;
      if (!targetAttribute.onDelete) targetAttribute.onDelete = 'CASCADE';
      if (!targetAttribute.onUpdate) targetAttribute.onUpdate = 'CASCADE';
    }
    Object.assign(attrs[this.foreignKey], sourceAttribute);
    Object.assign(attrs[this.otherKey], targetAttribute);
    through.refreshAttributes();
    if (this.options.sequelize.options.dialect === 'db2' && this.source.rawAttributes[this.sourceKey].primaryKey !== true) {
      this.source.rawAttributes[this.sourceKey].unique = true;
    }
    // The helper associations Sequelize builds here only matter for their alias checks.
    this.toSource = new BelongsTo(through, this.source, { foreignKey: this.foreignKey });
    this.manyFromSource = new HasMany(this.source, through, { foreignKey: this.foreignKey });
    this.oneFromSource = new HasOne(this.source, through, { foreignKey: this.foreignKey, sourceKey: this.sourceKey, as: through.name });
    this.toTarget = new BelongsTo(through, this.target, { foreignKey: this.otherKey });
    this.manyFromTarget = new HasMany(this.target, through, { foreignKey: this.otherKey });
    this.oneFromTarget = new HasOne(this.target, through, { foreignKey: this.otherKey, sourceKey: this.targetKey, as: through.name });
    if (this.paired && this.paired.otherKeyDefault) {
      this.paired.toTarget = new BelongsTo(this.paired.through.model, this.paired.target, { foreignKey: this.paired.otherKey });
      this.paired.oneFromTarget = new HasOne(this.paired.target, this.paired.through.model, {
        foreignKey: this.paired.otherKey, sourceKey: this.paired.targetKey, as: this.paired.through.model.name,
      });
    }
    checkNamingCollision(this);
    return this;
  }
}

module.exports = BelongsToMany;
