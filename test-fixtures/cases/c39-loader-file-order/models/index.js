'use strict';
// sequelize-cli style index: skipped by the loader.
throw new Error('index.js must not be loaded');
