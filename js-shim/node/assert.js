'use strict';
// Node's assert: ok / equal / strictEqual / deepStrictEqual / notStrictEqual / throws / match / fail.

const { isDeepStrictEqual, inspect } = require('./util');

class AssertionError extends Error {
  constructor(options) {
    super(options.message);
    this.name = 'AssertionError';
    this.code = 'ERR_ASSERTION';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
  }
}

function check(ok, message, actual, expected, operator, fallback) {
  if (ok) return;
  if (message instanceof Error) throw message;
  throw new AssertionError({ message: message || fallback(), actual, expected, operator });
}

function assert(value, message) {
  check(value, message, value, true, '==', () => `The expression evaluated to a falsy value: ${inspect(value)}`);
}

const looseEqual = (a, b) => a == b; // eslint-disable-line eqeqeq
assert.ok = assert;
assert.AssertionError = AssertionError;
assert.fail = (message) => check(false, message, undefined, undefined, 'fail', () => 'Failed');
assert.equal = (a, b, m) => check(looseEqual(a, b), m, a, b, '==', () => `${inspect(a)} == ${inspect(b)}`);
assert.notEqual = (a, b, m) => check(!looseEqual(a, b), m, a, b, '!=', () => `${inspect(a)} != ${inspect(b)}`);
assert.strictEqual = (a, b, m) => check(Object.is(a, b), m, a, b, 'strictEqual', () => `Expected values to be strictly equal: ${inspect(a)} !== ${inspect(b)}`);
assert.notStrictEqual = (a, b, m) => check(!Object.is(a, b), m, a, b, 'notStrictEqual', () => `Expected "actual" to be strictly unequal to: ${inspect(b)}`);
assert.deepStrictEqual = (a, b, m) => check(isDeepStrictEqual(a, b), m, a, b, 'deepStrictEqual', () => 'Expected values to be strictly deep-equal');
assert.notDeepStrictEqual = (a, b, m) => check(!isDeepStrictEqual(a, b), m, a, b, 'notDeepStrictEqual', () => 'Expected "actual" not to be strictly deep-equal to "expected"');
assert.deepEqual = assert.deepStrictEqual;
assert.notDeepEqual = assert.notDeepStrictEqual;
assert.match = (s, re, m) => check(re.test(s), m, s, re, 'match', () => `The input did not match the regular expression ${re}`);
assert.doesNotMatch = (s, re, m) => check(!re.test(s), m, s, re, 'doesNotMatch', () => `The input was expected to not match ${re}`);
assert.ifError = (v) => {
  if (v !== null && v !== undefined) throw v;
};
assert.throws = (fn, expected, message) => {
  try {
    fn();
  } catch (e) {
    if (typeof expected === 'function' && expected.prototype !== undefined && !(e instanceof expected)) throw e;
    if (expected instanceof RegExp && !expected.test(String(e && e.message))) throw e;
    return;
  }
  check(false, typeof expected === 'string' ? expected : message, undefined, expected, 'throws', () => 'Missing expected exception.');
};
assert.doesNotThrow = (fn) => fn();
assert.rejects = async (p) => {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return;
  }
  check(false, undefined, undefined, undefined, 'rejects', () => 'Missing expected rejection.');
};
assert.strict = assert;

module.exports = assert;
