'use strict';
// The per-dialect DataType subclasses Sequelize 6 re-creates attribute types with at definition
// time (`DialectType.extend(old)` = `new DialectType(old.options)`), including the constructor
// "sanitizers" that strip unsupported LENGTH / UNSIGNED / ZEROFILL with a warning. Only the
// constructor behaviour (own fields) matters for the schema; toSql is kept for completeness.

module.exports = (T, warnFn) => {
  const PG_LINK = 'http://www.postgresql.org/docs/9.4/static/datatype.html';
  const SQLITE_LINK = 'https://www.sqlite.org/datatype3.html';
  const MSSQL_LINK = 'https://msdn.microsoft.com/en-us/library/ms187752%28v=sql.110%29.aspx';

  // postgres / mssql: integer-like types lose length, UNSIGNED and ZEROFILL.
  function stripIntegerOptions(link, message) {
    return (t) => {
      if (t._length || t.options.length || t._unsigned || t._zerofill) {
        warnFn(link, message(t.key));
        t._length = undefined;
        t.options.length = undefined;
        t._unsigned = undefined;
        t._zerofill = undefined;
      }
    };
  }
  const pgStrip = stripIntegerOptions(PG_LINK,
    (key) => `PostgresSQL does not support '${key}' with LENGTH, UNSIGNED or ZEROFILL. Plain '${key}' will be used instead.`);
  const mssqlStrip = stripIntegerOptions(MSSQL_LINK,
    (key) => `MSSQL does not support '${key}' with options. Plain '${key}' will be used instead.`);
  function sqliteStrip(t) {
    if (t._zerofill || t._unsigned) {
      warnFn(SQLITE_LINK, `SQLite does not support '${t.key}' with UNSIGNED or ZEROFILL. Plain '${t.key}' will be used instead.`);
      t._unsigned = undefined;
      t._zerofill = undefined;
    }
  }

  // A subclass of Base whose constructor (one argument, as in Sequelize) runs `sanitize(this)`.
  function sanitized(Base, sanitize) {
    return class extends Base {
      constructor(length) {
        super(length);
        sanitize(this);
      }
    };
  }
  function withSql(Base, toSql) {
    const C = class extends Base {};
    C.prototype.toSql = toSql;
    return C;
  }
  // Named subclasses keep readable class names in stack traces and `$type` stays the inherited key.
  function named(C, name) {
    Object.defineProperty(C, 'name', { value: name });
    return C;
  }

  // ---- mysql / mariadb ----------------------------------------------------------------------
  function mysqlFamily(isMariadb) {
    const decimalSql = function () {
      let s = T.DECIMAL.prototype.toSql.call(this);
      if (this._unsigned) s += ' UNSIGNED';
      if (this._zerofill) s += ' ZEROFILL';
      return s;
    };
    const SUPPORTED = ['POINT', 'LINESTRING', 'POLYGON'];
    class GEOMETRY extends T.GEOMETRY {
      constructor(type, srid) {
        super(type, srid);
        const empty = typeof this.type === 'string' || Array.isArray(this.type) ? this.type.length === 0
          : this.type === null || typeof this.type !== 'object' || Object.keys(this.type).length === 0;
        if (empty) {
          this.sqlType = this.key;
          return;
        }
        if (isMariadb || SUPPORTED.includes(this.type)) {
          this.sqlType = this.type;
          return;
        }
        throw new Error(`Supported geometry types are: ${SUPPORTED.join(', ')}`);
      }

      toSql() {
        return this.sqlType;
      }
    }
    return {
      ENUM: named(class extends T.ENUM {}, 'ENUM'),
      DATE: named(withSql(T.DATE, function () { return this._length ? `DATETIME(${this._length})` : 'DATETIME'; }), 'DATE'),
      DATEONLY: named(class extends T.DATEONLY {}, 'DATEONLY'),
      UUID: named(withSql(T.UUID, () => 'CHAR(36) BINARY'), 'UUID'),
      GEOMETRY,
      DECIMAL: named(withSql(T.DECIMAL, decimalSql), 'DECIMAL'),
      JSON: named(class extends T.JSON {}, 'JSONTYPE'),
    };
  }

  // ---- postgres -----------------------------------------------------------------------------
  function postgres() {
    const pgWarn = (text) => warnFn(PG_LINK, text);
    class FLOAT extends T.FLOAT {
      constructor(length, decimals) {
        super(length, decimals);
        if (this._decimals) {
          pgWarn('PostgreSQL does not support FLOAT with decimals. Plain `FLOAT` will be used instead.');
          this._length = undefined;
          this.options.length = undefined;
          this._decimals = undefined;
        }
        if (this._unsigned) {
          pgWarn('PostgreSQL does not support FLOAT unsigned. `UNSIGNED` was removed.');
          this._unsigned = undefined;
        }
        if (this._zerofill) {
          pgWarn('PostgreSQL does not support FLOAT zerofill. `ZEROFILL` was removed.');
          this._zerofill = undefined;
        }
      }
    }
    const geoSql = (prefix) => function () {
      let result = prefix || this.key;
      if (this.type) {
        result += `(${this.type}`;
        if (this.srid) result += `,${this.srid}`;
        result += ')';
      }
      return result;
    };
    const SUBTYPES = { integer: 'int4range', decimal: 'numrange', date: 'tstzrange', dateonly: 'daterange', bigint: 'int8range' };
    return {
      DECIMAL: named(class extends T.DECIMAL {}, 'DECIMAL'),
      BLOB: named(withSql(T.BLOB, () => 'BYTEA'), 'BLOB'),
      STRING: named(withSql(T.STRING, function () { return this._binary ? 'BYTEA' : T.STRING.prototype.toSql.call(this); }), 'STRING'),
      CHAR: named(withSql(T.CHAR, function () { return this._binary ? 'BYTEA' : T.CHAR.prototype.toSql.call(this); }), 'CHAR'),
      TEXT: named(withSql(T.TEXT, () => 'TEXT'), 'TEXT'),
      CITEXT: named(class extends T.CITEXT {}, 'CITEXT'),
      TINYINT: named(sanitized(T.TINYINT, pgStrip), 'TINYINT'),
      SMALLINT: named(sanitized(T.SMALLINT, pgStrip), 'SMALLINT'),
      INTEGER: named(sanitized(T.INTEGER, pgStrip), 'INTEGER'),
      BIGINT: named(sanitized(T.BIGINT, pgStrip), 'BIGINT'),
      BOOLEAN: named(withSql(T.BOOLEAN, () => 'BOOLEAN'), 'BOOLEAN'),
      DATE: named(withSql(T.DATE, () => 'TIMESTAMP WITH TIME ZONE'), 'DATE'),
      DATEONLY: named(class extends T.DATEONLY {}, 'DATEONLY'),
      REAL: named(sanitized(T.REAL, pgStrip), 'REAL'),
      'DOUBLE PRECISION': named(sanitized(T.DOUBLE, pgStrip), 'DOUBLE'),
      FLOAT,
      GEOMETRY: named(withSql(T.GEOMETRY, geoSql()), 'GEOMETRY'),
      GEOGRAPHY: named(withSql(T.GEOGRAPHY, geoSql('GEOGRAPHY')), 'GEOGRAPHY'),
      HSTORE: named(class extends T.HSTORE {}, 'HSTORE'),
      RANGE: named(withSql(T.RANGE, function () { return SUBTYPES[String(this._subtype).toLowerCase()]; }), 'RANGE'),
      ENUM: named(class extends T.ENUM {}, 'ENUM'),
    };
  }

  // ---- sqlite -------------------------------------------------------------------------------
  function sqlite() {
    const numberSql = function () {
      let result = this.key;
      if (this._unsigned) result += ' UNSIGNED';
      if (this._zerofill) result += ' ZEROFILL';
      if (this._length) {
        result += `(${this._length}`;
        if (typeof this._decimals === 'number') result += `,${this._decimals}`;
        result += ')';
      }
      return result;
    };
    const num = (Base, name, strip) => {
      const C = named(strip ? sanitized(Base, sqliteStrip) : class extends Base {}, name);
      C.prototype.toSql = numberSql;
      return C;
    };
    return {
      DATE: named(class extends T.DATE {}, 'DATE'),
      DATEONLY: named(class extends T.DATEONLY {}, 'DATEONLY'),
      STRING: named(withSql(T.STRING, function () {
        return this._binary ? `VARCHAR BINARY(${this._length})` : T.STRING.prototype.toSql.call(this);
      }), 'STRING'),
      CHAR: named(withSql(T.CHAR, function () {
        return this._binary ? `CHAR BINARY(${this._length})` : T.CHAR.prototype.toSql.call(this);
      }), 'CHAR'),
      NUMBER: num(T.NUMBER, 'NUMBER', false),
      FLOAT: num(T.FLOAT, 'FLOAT', false),
      REAL: num(T.REAL, 'REAL', false),
      'DOUBLE PRECISION': num(T.DOUBLE, 'DOUBLE', false),
      TINYINT: num(T.TINYINT, 'TINYINT', true),
      SMALLINT: num(T.SMALLINT, 'SMALLINT', true),
      MEDIUMINT: num(T.MEDIUMINT, 'MEDIUMINT', true),
      INTEGER: num(T.INTEGER, 'INTEGER', true),
      BIGINT: num(T.BIGINT, 'BIGINT', true),
      TEXT: named(withSql(T.TEXT, () => 'TEXT'), 'TEXT'),
      ENUM: named(withSql(T.ENUM, () => 'TEXT'), 'ENUM'),
      JSON: named(class extends T.JSON {}, 'JSONTYPE'),
      CITEXT: named(withSql(T.CITEXT, () => 'TEXT COLLATE NOCASE'), 'CITEXT'),
    };
  }

  // ---- mssql --------------------------------------------------------------------------------
  function mssql() {
    const msWarn = (text) => warnFn(MSSQL_LINK, text);
    class REAL extends T.REAL {
      constructor(length, decimals) {
        super(length, decimals);
        if (this._length || this.options.length || this._unsigned || this._zerofill) {
          msWarn('MSSQL does not support REAL with options. Plain `REAL` will be used instead.');
          this._length = undefined;
          this.options.length = undefined;
          this._unsigned = undefined;
          this._zerofill = undefined;
        }
      }
    }
    class FLOAT extends T.FLOAT {
      constructor(length, decimals) {
        super(length, decimals);
        if (this._decimals) {
          msWarn('MSSQL does not support Float with decimals. Plain `FLOAT` will be used instead.');
          this._length = undefined;
          this.options.length = undefined;
        }
        if (this._unsigned) {
          msWarn('MSSQL does not support Float unsigned. `UNSIGNED` was removed.');
          this._unsigned = undefined;
        }
        if (this._zerofill) {
          msWarn('MSSQL does not support Float zerofill. `ZEROFILL` was removed.');
          this._zerofill = undefined;
        }
      }
    }
    return {
      BLOB: named(withSql(T.BLOB, function () {
        return this._length && String(this._length).toLowerCase() === 'tiny' ? 'VARBINARY(256)' : 'VARBINARY(MAX)';
      }), 'BLOB'),
      BOOLEAN: named(withSql(T.BOOLEAN, () => 'BIT'), 'BOOLEAN'),
      ENUM: named(withSql(T.ENUM, () => 'VARCHAR(255)'), 'ENUM'),
      STRING: named(withSql(T.STRING, function () {
        return this._binary ? `BINARY(${this._length})` : `NVARCHAR(${this._length})`;
      }), 'STRING'),
      UUID: named(withSql(T.UUID, () => 'CHAR(36)'), 'UUID'),
      DATE: named(withSql(T.DATE, () => 'DATETIMEOFFSET'), 'DATE'),
      DATEONLY: named(class extends T.DATEONLY {}, 'DATEONLY'),
      NOW: named(withSql(T.NOW, () => 'GETDATE()'), 'NOW'),
      TINYINT: named(sanitized(T.TINYINT, mssqlStrip), 'TINYINT'),
      SMALLINT: named(sanitized(T.SMALLINT, mssqlStrip), 'SMALLINT'),
      INTEGER: named(sanitized(T.INTEGER, mssqlStrip), 'INTEGER'),
      BIGINT: named(sanitized(T.BIGINT, mssqlStrip), 'BIGINT'),
      REAL,
      FLOAT,
      TEXT: named(withSql(T.TEXT, function () {
        return this._length && String(this._length).toLowerCase() === 'tiny' ? 'NVARCHAR(256)' : 'NVARCHAR(MAX)';
      }), 'TEXT'),
    };
  }

  return { postgres: postgres(), mysql: mysqlFamily(false), mariadb: mysqlFamily(true), sqlite: sqlite(), mssql: mssql() };
};
