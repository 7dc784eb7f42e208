'use strict';
// Node's util, the parts model files use: format, inspect (simplified output), promisify,
// callbackify, inherits, deprecate (warns once on stderr), types, isDeepStrictEqual.

function inspect(value, options) {
  const depth = options && typeof options.depth === 'number' ? options.depth : 2;
  const seen = new Set();
  const fmt = (v, level) => {
    if (typeof v === 'string') return level === 0 ? `'${v}'` : `'${v.replace(/'/g, "\\'")}'`;
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'symbol') return v.toString();
    if (typeof v === 'function') return v.name ? `[Function: ${v.name}]` : '[Function (anonymous)]';
    if (v === null || typeof v !== 'object') return String(v);
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
    if (v instanceof RegExp) return String(v);
    if (v instanceof Error) return v.stack || `${v.name}: ${v.message}`;
    if (seen.has(v)) return '[Circular *1]';
    if (level > depth) return Array.isArray(v) ? '[Array]' : '[Object]';
    seen.add(v);
    let out;
    if (Array.isArray(v)) {
      out = v.length === 0 ? '[]' : `[ ${v.map((x) => fmt(x, level + 1)).join(', ')} ]`;
    } else if (v instanceof Map) {
      out = `Map(${v.size}) {${v.size ? ` ${[...v].map(([k, x]) => `${fmt(k, level + 1)} => ${fmt(x, level + 1)}`).join(', ')} ` : ''}}`;
    } else if (v instanceof Set) {
      out = `Set(${v.size}) {${v.size ? ` ${[...v].map((x) => fmt(x, level + 1)).join(', ')} ` : ''}}`;
    } else {
      const keys = Object.keys(v);
      const name = v.constructor && v.constructor !== Object && v.constructor.name ? `${v.constructor.name} ` : '';
      const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`);
      out = keys.length === 0 ? `${name}{}` : `${name}{ ${keys.map((k) => `${key(k)}: ${fmt(v[k], level + 1)}`).join(', ')} }`;
    }
    seen.delete(v);
    return out;
  };
  return fmt(value, 0);
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');
inspect.defaultOptions = { depth: 2 };

function format(first, ...args) {
  if (typeof first !== 'string') return [first, ...args].map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  let i = 0;
  let out = first.replace(/%([sdifjoOc%])/g, (m, c) => {
    if (c === '%') return '%';
    if (i >= args.length) return m;
    const a = args[i++];
    switch (c) {
      case 's': return typeof a === 'string' ? a : typeof a === 'object' && a !== null ? inspect(a, { depth: 0 }) : String(a);
      case 'd': return typeof a === 'bigint' ? `${a}n` : String(Number(a));
      case 'i': return typeof a === 'bigint' ? `${a}n` : String(parseInt(a, 10));
      case 'f': return String(parseFloat(a));
      case 'j':
        try {
          return JSON.stringify(a);
        } catch (e) {
          return '[Circular]';
        }
      case 'c': return '';
      default: return inspect(a);
    }
  });
  for (; i < args.length; i++) out += ` ${typeof args[i] === 'string' ? args[i] : inspect(args[i])}`;
  return out;
}

const custom = Symbol.for('nodejs.util.promisify.custom');

function promisify(fn) {
  if (typeof fn !== 'function') throw new TypeError('The "original" argument must be of type function');
  if (fn[custom]) return fn[custom];
  return function promisified(...args) {
    return new Promise((resolve, reject) => {
      fn.call(this, ...args, (err, value) => (err ? reject(err) : resolve(value)));
    });
  };
}
promisify.custom = custom;

function callbackify(fn) {
  return function callbackified(...args) {
    const cb = args.pop();
    fn.apply(this, args).then((v) => cb(null, v), (e) => cb(e));
  };
}

function inherits(ctor, superCtor) {
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const warned = new Set();
function deprecate(fn, message, code) {
  return function deprecated(...args) {
    const key = code || message;
    if (!warned.has(key)) {
      warned.add(key);
      console.warn(`(node) [${code || 'DEP0000'}] DeprecationWarning: ${message}`);
    }
    return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
  };
}

const tag = (v) => Object.prototype.toString.call(v).slice(8, -1);
const types = {
  isDate: (v) => v instanceof Date,
  isRegExp: (v) => v instanceof RegExp,
  isPromise: (v) => v instanceof Promise,
  isMap: (v) => v instanceof Map,
  isSet: (v) => v instanceof Set,
  isNativeError: (v) => v instanceof Error,
  isTypedArray: (v) => ArrayBuffer.isView(v) && !(v instanceof DataView),
  isUint8Array: (v) => v instanceof Uint8Array,
  isArrayBuffer: (v) => v instanceof ArrayBuffer,
  isAsyncFunction: (v) => tag(v) === 'AsyncFunction',
  isGeneratorFunction: (v) => tag(v) === 'GeneratorFunction' || tag(v) === 'AsyncGeneratorFunction',
  isBoxedPrimitive: (v) => ['Number', 'String', 'Boolean', 'BigInt', 'Symbol'].includes(tag(v)) && typeof v === 'object',
  isProxy: () => false,
};

function isDeepStrictEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map || a instanceof Set) {
    if (a.size !== b.size) return false;
    return isDeepStrictEqual([...a], [...b]);
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && isDeepStrictEqual(a[k], b[k]));
}

module.exports = {
  format,
  formatWithOptions: (options, ...args) => format(...args),
  inspect,
  promisify,
  callbackify,
  inherits,
  deprecate,
  types,
  isDeepStrictEqual,
  isArray: Array.isArray,
  isString: (v) => typeof v === 'string',
  isNumber: (v) => typeof v === 'number',
  isFunction: (v) => typeof v === 'function',
  isObject: (v) => v !== null && typeof v === 'object',
  isUndefined: (v) => v === undefined,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isDate: types.isDate,
  isRegExp: types.isRegExp,
  isError: types.isNativeError,
  debuglog: () => () => {},
  TextEncoder: globalThis.TextEncoder,
  TextDecoder: globalThis.TextDecoder,
};
