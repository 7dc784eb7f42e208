'use strict';
// The smaller members of the sequelize package that model files reference: Op, Deferrable,
// QueryTypes, Transaction constants, hints, error classes, a Validator stand-in, and a query
// interface that refuses to run queries.

const OP_NAMES = ['eq', 'ne', 'gte', 'gt', 'lte', 'lt', 'not', 'is', 'in', 'notIn', 'like', 'notLike', 'iLike',
  'notILike', 'startsWith', 'endsWith', 'substring', 'regexp', 'notRegexp', 'iRegexp', 'notIRegexp', 'between',
  'notBetween', 'overlap', 'contains', 'contained', 'adjacent', 'strictLeft', 'strictRight', 'noExtendRight',
  'noExtendLeft', 'and', 'or', 'any', 'all', 'values', 'col', 'placeholder', 'join', 'match'];
const Op = {};
for (const name of OP_NAMES) Op[name] = Symbol.for(name);

function invokable(Class) {
  return new Proxy(Class, {
    apply(target, thisArg, args) {
      return new Class(...args);
    },
    construct(target, args) {
      return new Class(...args);
    },
  });
}

class ABSTRACT {
  static toString(...args) {
    return new this().toString(...args);
  }

  toString(...args) {
    return this.toSql(...args);
  }

  toSql() {
    throw new Error('toSql implementation missing');
  }
}
class INITIALLY_DEFERRED extends ABSTRACT {
  toSql() {
    return 'DEFERRABLE INITIALLY DEFERRED';
  }
}
class INITIALLY_IMMEDIATE extends ABSTRACT {
  toSql() {
    return 'DEFERRABLE INITIALLY IMMEDIATE';
  }
}
class NOT extends ABSTRACT {
  toSql() {
    return 'NOT DEFERRABLE';
  }
}
class SET_DEFERRED extends ABSTRACT {
  constructor(constraints) {
    super();
    this.constraints = constraints;
  }

  toSql() {
    return 'SET CONSTRAINTS';
  }
}
class SET_IMMEDIATE extends ABSTRACT {
  constructor(constraints) {
    super();
    this.constraints = constraints;
  }

  toSql() {
    return 'SET CONSTRAINTS';
  }
}
const Deferrable = {
  INITIALLY_DEFERRED: invokable(INITIALLY_DEFERRED),
  INITIALLY_IMMEDIATE: invokable(INITIALLY_IMMEDIATE),
  NOT: invokable(NOT),
  SET_DEFERRED: invokable(SET_DEFERRED),
  SET_IMMEDIATE: invokable(SET_IMMEDIATE),
};

const QueryTypes = {
  SELECT: 'SELECT', INSERT: 'INSERT', UPDATE: 'UPDATE', BULKUPDATE: 'BULKUPDATE', BULKDELETE: 'BULKDELETE',
  DELETE: 'DELETE', UPSERT: 'UPSERT', VERSION: 'VERSION', SHOWTABLES: 'SHOWTABLES', SHOWINDEXES: 'SHOWINDEXES',
  DESCRIBE: 'DESCRIBE', RAW: 'RAW', FOREIGNKEYS: 'FOREIGNKEYS', SHOWCONSTRAINTS: 'SHOWCONSTRAINTS',
};

const keyed = (names) => Object.fromEntries(names.map((n) => [n, n]));
const TableHints = keyed(['NOLOCK', 'READUNCOMMITTED', 'UPDLOCK', 'REPEATABLEREAD', 'SERIALIZABLE', 'READCOMMITTED',
  'TABLOCK', 'TABLOCKX', 'PAGLOCK', 'ROWLOCK', 'NOWAIT', 'READPAST', 'XLOCK', 'SNAPSHOT', 'NOEXPAND']);
const IndexHints = keyed(['USE', 'FORCE', 'IGNORE']);

class Transaction {
  static get TYPES() {
    return { DEFERRED: 'DEFERRED', IMMEDIATE: 'IMMEDIATE', EXCLUSIVE: 'EXCLUSIVE' };
  }

  static get ISOLATION_LEVELS() {
    return {
      READ_UNCOMMITTED: 'READ UNCOMMITTED', READ_COMMITTED: 'READ COMMITTED',
      REPEATABLE_READ: 'REPEATABLE READ', SERIALIZABLE: 'SERIALIZABLE',
    };
  }

  static get LOCK() {
    return { UPDATE: 'UPDATE', SHARE: 'SHARE', KEY_SHARE: 'KEY SHARE', NO_KEY_UPDATE: 'NO KEY UPDATE' };
  }

  get LOCK() {
    return Transaction.LOCK;
  }
}

class BaseError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SequelizeBaseError';
  }
}
const errors = { BaseError };
for (const name of ['AccessDeniedError', 'AggregateError', 'AssociationError', 'AsyncQueueError', 'BulkRecordError',
  'ConnectionAcquireTimeoutError', 'ConnectionError', 'ConnectionRefusedError', 'ConnectionTimedOutError',
  'DatabaseError', 'EagerLoadingError', 'EmptyResultError', 'ExclusionConstraintError', 'ForeignKeyConstraintError',
  'HostNotFoundError', 'HostNotReachableError', 'InstanceError', 'InvalidConnectionError', 'OptimisticLockError',
  'QueryError', 'SequelizeScopeError', 'TimeoutError', 'UniqueConstraintError', 'UnknownConstraintError',
  'ValidationError']) {
  const C = class extends BaseError {
    constructor(message) {
      super(message);
      this.name = `Sequelize${name}`;
    }
  };
  Object.defineProperty(C, 'name', { value: name });
  errors[name] = C;
}
errors.ValidationErrorItem = class ValidationErrorItem {
  constructor(message, type, path, value) {
    Object.assign(this, { message, type, path, value });
  }
};
errors.ValidationErrorItemOrigin = { CORE: 'CORE', DB: 'DB', FUNCTION: 'FUNCTION' };
errors.ValidationErrorItemType = { 'notnull violation': 'CORE', 'string violation': 'CORE', 'unique violation': 'DB', 'validation error': 'FUNCTION' };

// validator.js is only called by instance validation; model files may still reference it.
const Validator = new Proxy({}, {
  get(target, name) {
    if (typeof name !== 'string') return undefined;
    return () => { throw new Error(`Validator.${name}() is not available in sequelize-ddl`); };
  },
});

class QueryInterface {
  constructor(sequelize) {
    this.sequelize = sequelize;
  }
}
function queryInterface(sequelize) {
  return new Proxy(new QueryInterface(sequelize), {
    get(target, name) {
      if (name in target || typeof name !== 'string') return target[name];
      return () => Promise.reject(new Error(`queryInterface.${name}() is not available in sequelize-ddl`));
    },
  });
}

function escape(value) {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `'${String(value).replace(/'/g, "''")}'`;
}

module.exports = { Op, Deferrable, QueryTypes, TableHints, IndexHints, Transaction, errors, Validator, QueryInterface, queryInterface, escape };
