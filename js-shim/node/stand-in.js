'use strict';
// The inert stand-in a model file gets for a package that is not installed (no node_modules next to
// the models) or a Node built-in sequelize-ddl does not provide: a function Proxy that absorbs
// property reads, calls, `new`, assignments and iteration, so `bcrypt.hashSync(pw, 10)` in a hook,
// `const { v4 } = require('uuid')` or `moment().format()` at the top level do not crash. Every read
// or call gives another stand-in; it converts to '' (string), 0 (number), iterates as empty and is
// not a thenable (`await standIn` gives the stand-in back). Used by the oracle too
// (test-fixtures/oracle/adapter.js), so real Sequelize sees the very same values.

function standIn(label) {
  const children = new Map();
  const target = function standInTarget() {};
  let self;
  const handler = {
    get(t, key) {
      if (key === Symbol.toPrimitive) return (hint) => (hint === 'number' ? 0 : '');
      if (key === Symbol.iterator) return function* empty() {};
      if (key === Symbol.asyncIterator) return async function* emptyAsync() {};
      if (key === Symbol.toStringTag) return 'StandIn';
      if (typeof key === 'symbol') return undefined;
      // Not a promise, not an ES module namespace, not JSON-able: what code probes before using a value.
      if (key === 'then' || key === '__esModule' || key === 'toJSON' || key === 'constructor') return undefined;
      if (key === 'prototype') return t.prototype;
      if (key === 'default') return self;
      if (key === 'toString' || key === 'valueOf') return () => '';
      if (key === 'length') return 0;
      if (key === 'name') return label;
      if (!children.has(key)) children.set(key, standIn(`${label}.${key}`));
      return children.get(key);
    },
    set() {
      return true;
    },
    has(t, key) {
      return key === 'prototype';
    },
    apply() {
      return standIn(`${label}()`);
    },
    construct() {
      return standIn(`new ${label}()`);
    },
  };
  self = new Proxy(target, handler);
  return self;
}

module.exports = { standIn };
