'use strict';
// A loader that forgot to load anything.
const db = {};
module.exports = db;
