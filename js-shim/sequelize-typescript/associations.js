'use strict';
// @BelongsTo, @HasMany, @HasOne, @BelongsToMany and @ForeignKey: each association is kept as metadata and
// turned into Sequelize's association call (with the foreign key found through @ForeignKey) when the
// model is added to a Sequelize instance.

const meta = require('./metadata.js');
const { ModelNotInitializedError } = require('./errors.js');

const Association = { BelongsToMany: 'belongsToMany', BelongsTo: 'belongsTo', HasMany: 'hasMany', HasOne: 'hasOne' };

function getForeignKeyOptions(relatedClass, classWithForeignKey, foreignKey) {
  let options = {};
  if (typeof foreignKey === 'string') options.name = foreignKey;
  else if (foreignKey && typeof foreignKey === 'object') options = { ...foreignKey };
  if (!options.name && classWithForeignKey) {
    for (const key of meta.getForeignKeys(classWithForeignKey.prototype) || []) {
      if (key.relatedClassGetter() === relatedClass || relatedClass.prototype instanceof key.relatedClassGetter()) {
        options.name = key.foreignKey;
        break;
      }
    }
  }
  if (!options.name) {
    throw new Error(`Foreign key for "${relatedClass.name}" is missing on "${classWithForeignKey.name}".`);
  }
  return options;
}

class BaseAssociation {
  constructor(associatedClassGetter, options) {
    this.associatedClassGetter = associatedClassGetter;
    this.options = options;
  }

  getAssociatedClass() {
    return this.associatedClassGetter();
  }

  getAs() {
    return this.options.as;
  }
}

class BelongsToAssociation extends BaseAssociation {
  getAssociation() {
    return Association.BelongsTo;
  }

  getSequelizeOptions(model) {
    const foreignKey = getForeignKeyOptions(this.getAssociatedClass(), model, this.options.foreignKey);
    return { ...this.options, foreignKey };
  }
}

class HasAssociation extends BaseAssociation {
  constructor(associatedClassGetter, options, association) {
    super(associatedClassGetter, options);
    this.association = association;
  }

  getAssociation() {
    return this.association;
  }

  getSequelizeOptions(model) {
    const options = { ...this.options };
    options.foreignKey = getForeignKeyOptions(model, this.getAssociatedClass(), options.foreignKey);
    return options;
  }
}

class BelongsToManyAssociation extends BaseAssociation {
  getAssociation() {
    return Association.BelongsToMany;
  }

  getSequelizeOptions(model, sequelize) {
    const options = { ...this.options };
    const associatedClass = this.getAssociatedClass();
    const through = this.getThroughOptions(sequelize);
    const throughModel = typeof through === 'object' && typeof through.model !== 'string' ? through.model : undefined;
    options.through = through;
    options.foreignKey = getForeignKeyOptions(model, throughModel, this.options.foreignKey);
    options.otherKey = getForeignKeyOptions(associatedClass, throughModel, this.options.otherKey);
    return options;
  }

  getThroughOptions(sequelize) {
    const { through } = this.options;
    const throughModel = typeof through === 'object' ? through.model : through;
    const throughOptions = typeof through === 'object' ? { ...through } : {};
    if (typeof throughModel !== 'function') return throughModel;
    const throughClass = sequelize.model(throughModel());
    if (!throughClass.isInitialized) throw new ModelNotInitializedError(throughClass, 'Association cannot be resolved.');
    throughOptions.model = throughClass;
    return throughOptions;
  }
}

function prepared(optionsOrForeignKey) {
  if (!optionsOrForeignKey) return {};
  return typeof optionsOrForeignKey === 'string' ? { foreignKey: optionsOrForeignKey } : { ...optionsOrForeignKey };
}

function BelongsTo(associatedClassGetter, optionsOrForeignKey) {
  return (target, propertyName) => {
    const options = prepared(optionsOrForeignKey);
    if (!options.as) options.as = propertyName;
    meta.addAssociation(target, new BelongsToAssociation(associatedClassGetter, options));
  };
}

function hasDecorator(kind) {
  return (associatedClassGetter, optionsOrForeignKey) => (target, propertyName) => {
    const options = prepared(optionsOrForeignKey);
    if (!options.as) options.as = propertyName;
    meta.addAssociation(target, new HasAssociation(associatedClassGetter, options, kind));
  };
}

const HasMany = hasDecorator(Association.HasMany);
const HasOne = hasDecorator(Association.HasOne);

function BelongsToMany(associatedClassGetter, throughOrOptions, foreignKey, otherKey) {
  return (target, propertyName) => {
    let options = { foreignKey, otherKey };
    if (typeof throughOrOptions === 'string' || typeof throughOrOptions === 'function') options.through = throughOrOptions;
    else options = { ...throughOrOptions };
    if (!options.as) options.as = propertyName;
    meta.addAssociation(target, new BelongsToManyAssociation(associatedClassGetter, options));
  };
}

function ForeignKey(relatedClassGetter) {
  return (target, propertyName) => meta.addForeignKey(target, relatedClassGetter, propertyName);
}

function getAssociationsByRelation(target, relatedClass) {
  return (meta.getAssociations(target) || []).filter((association) => {
    const related = association.getAssociatedClass();
    return related.prototype === relatedClass.prototype || relatedClass.prototype instanceof related;
  });
}

module.exports = {
  Association, BaseAssociation, BelongsToAssociation, HasAssociation, BelongsToManyAssociation, BelongsTo, HasMany,
  HasOne, BelongsToMany, ForeignKey, getForeignKeyOptions, getAssociationsByRelation,
  getAssociations: meta.getAssociations, addAssociation: meta.addAssociation,
};
