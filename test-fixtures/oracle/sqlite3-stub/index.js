'use strict';
// Sequelize's sqlite connection manager require()s 'sqlite3' in its constructor and only touches
// it again when a connection is opened, which the oracle never does.
const OPEN_READONLY = 1;
const OPEN_READWRITE = 2;
const OPEN_CREATE = 4;

class Database {
  constructor() {
    throw new Error('sqlite3 stub: the oracle never opens a database connection');
  }
}

module.exports = { OPEN_READONLY, OPEN_READWRITE, OPEN_CREATE, Database, verbose() { return module.exports; } };
