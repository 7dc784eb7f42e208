'use strict';
// sequelize-typescript's Model: Sequelize's Model plus `initialize` / `isInitialized`, used by
// Sequelize#addModels, and the `$get`-style instance helpers.

const { Sequelize } = require('../sequelize/index.js');
const { ModelNotInitializedError } = require('./errors.js');

const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);

class Model extends Sequelize.Model {
  static initialize(attributes, options) {
    this.isInitialized = true;
    return super.init(attributes, options);
  }

  $add(key, instances, options) { return this[`add${capitalize(key)}`](instances, options); }

  $set(key, instances, options) { return this[`set${capitalize(key)}`](instances, options); }

  $get(key, options) { return this[`get${capitalize(key)}`](options); }

  $count(key, options) { return this[`count${capitalize(key)}`](options); }

  $create(key, values, options) { return this[`create${capitalize(key)}`](values, options); }

  $has(key, instances, options) { return this[`has${capitalize(key)}`](instances, options); }

  $remove(key, instances, options) { return this[`remove${capitalize(key)}`](instances, options); }
}
Model.isInitialized = false;

module.exports = { Model, ModelNotInitializedError };
