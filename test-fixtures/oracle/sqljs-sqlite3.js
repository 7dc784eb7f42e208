'use strict';
// The part of the `sqlite3` package's API that Sequelize's sqlite dialect uses (connection-manager.js,
// query.js: new Database(file, mode, cb), run/all with a callback whose `this` holds lastID/changes,
// serialize, close), over sql.js (SQLite compiled to WebAssembly; no native build, which the `sqlite3`
// package needs and this machine cannot fetch). sync.js passes it as Sequelize's `dialectModule`.
//
// The database lives in memory; exportTo(file) writes it as an ordinary SQLite file, which the Java
// database test reads back with sqlite-jdbc.

function sqlite3Over(SQL, onOpen) {
  function asSqliteError(e) {
    const err = new Error(`SQLITE_ERROR: ${e && e.message ? e.message : String(e)}`);
    err.errno = 1;
    err.code = 'SQLITE_ERROR';
    return err;
  }

  // Runs every statement of `sql`; the rows of the last one that returned any, as objects.
  function allRows(db, sql, params) {
    if (params && (Array.isArray(params) ? params.length > 0 : Object.keys(params).length > 0)) {
      const stmt = db.prepare(sql);
      try {
        stmt.bind(params);
        const rows = [];
        while (stmt.step()) rows.push(stmt.getAsObject());
        return rows;
      } finally {
        stmt.free();
      }
    }
    const results = db.exec(sql);
    const last = results.length > 0 ? results[results.length - 1] : null;
    if (!last) return [];
    return last.values.map((values) => Object.fromEntries(last.columns.map((c, i) => [c, values[i]])));
  }

  class Database {
    constructor(filename, mode, callback) {
      if (typeof mode === 'function') callback = mode;
      this.filename = filename;
      this.db = new SQL.Database();
      if (onOpen) onOpen(this);
      if (callback) process.nextTick(() => callback.call(this, null));
    }

    serialize(fn) {
      if (fn) fn();
      return this;
    }

    run(sql, params, callback) {
      if (typeof params === 'function') [callback, params] = [params, []];
      let err = null;
      const context = { lastID: 0, changes: 0, sql };
      try {
        allRows(this.db, sql, params);
        context.changes = this.db.getRowsModified();
        context.lastID = allRows(this.db, 'SELECT last_insert_rowid() AS id', [])[0].id;
      } catch (e) {
        err = asSqliteError(e);
      }
      if (callback) process.nextTick(() => callback.call(context, err));
      return this;
    }

    all(sql, params, callback) {
      if (typeof params === 'function') [callback, params] = [params, []];
      let err = null;
      let rows;
      try {
        rows = allRows(this.db, sql, params);
      } catch (e) {
        err = asSqliteError(e);
      }
      if (callback) process.nextTick(() => callback.call({ sql }, err, rows));
      return this;
    }

    exec(sql, callback) {
      let err = null;
      try {
        this.db.exec(sql);
      } catch (e) {
        err = asSqliteError(e);
      }
      if (callback) process.nextTick(() => callback.call(this, err));
      return this;
    }

    close(callback) {
      if (callback) process.nextTick(() => callback(null));
    }

    exportTo(file) {
      require('fs').writeFileSync(file, Buffer.from(this.db.export()));
    }
  }

  return { Database, OPEN_READONLY: 0x1, OPEN_READWRITE: 0x2, OPEN_CREATE: 0x4, OPEN_FULLMUTEX: 0x10000, verbose() { return this; } };
}

module.exports = { sqlite3Over };
