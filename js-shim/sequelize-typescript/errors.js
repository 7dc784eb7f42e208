'use strict';

class ModelNotInitializedError extends Error {
  constructor(modelClass, additionalMessage) {
    super();
    this.message = `Model not initialized: ${additionalMessage} "${modelClass.name}" needs to be added to a Sequelize instance.`;
  }
}

module.exports = { ModelNotInitializedError };
