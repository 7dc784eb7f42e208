'use strict';
// Node's crypto, the parts model files use in hooks and defaults: createHash / createHmac (md5, sha1,
// sha224, sha256, sha384, sha512; digests computed by the JVM through __host.digest), randomUUID,
// randomBytes, randomInt, getRandomValues and timingSafeEqual. "Random" values are deterministic
// (a fixed-seed generator per load): the DDL must not change from one run to the next.

const { Buffer } = require('./buffer');

const ALGORITHMS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];

function toBytes(data, enc) {
  if (typeof data === 'string') return Buffer.from(data, enc);
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new TypeError('The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView.');
}

const hex = (bytes) => Buffer.from(bytes).toString('hex');

function algorithmName(name) {
  const n = String(name).toLowerCase().replace(/^sha-/, 'sha').replace(/^rsa-/, '');
  if (!ALGORITHMS.includes(n)) throw new Error(`Digest method not supported: ${name}`);
  return n;
}

function makeCrypto(host) {
  class Hash {
    constructor(algorithm, key) {
      this.algorithm = algorithmName(algorithm);
      this.key = key === undefined ? null : hex(toBytes(key));
      this.parts = [];
      this.done = false;
    }

    update(data, enc) {
      if (this.done) throw new Error('Digest already called');
      this.parts.push(toBytes(data, enc));
      return this;
    }

    digest(enc) {
      if (this.done) throw new Error('Digest already called');
      this.done = true;
      const bytes = Buffer.from(host.digest(this.algorithm, hex(Buffer.concat(this.parts)), this.key), 'hex');
      return enc === undefined || enc === 'buffer' ? bytes : bytes.toString(enc);
    }

    copy() {
      const c = new Hash(this.algorithm);
      c.key = this.key;
      c.parts = this.parts.slice();
      return c;
    }
  }

  // xorshift128+, fixed seed: the same "random" bytes in every load.
  let s0 = 0x9e3779b9;
  let s1 = 0x243f6a88;
  function nextByte() {
    let x = s0;
    const y = s1;
    s0 = y;
    x ^= x << 23;
    x ^= x >>> 17;
    x ^= y ^ (y >>> 26);
    s1 = x;
    return (s0 + s1) & 255;
  }
  function randomBytes(size, cb) {
    const b = Buffer.alloc(size);
    for (let i = 0; i < size; i++) b[i] = nextByte();
    if (typeof cb === 'function') {
      cb(null, b);
      return undefined;
    }
    return b;
  }
  function randomUUID() {
    const b = randomBytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  return {
    createHash: (algorithm) => new Hash(algorithm),
    createHmac: (algorithm, key) => new Hash(algorithm, key),
    getHashes: () => ALGORITHMS.slice(),
    randomBytes,
    pseudoRandomBytes: randomBytes,
    randomUUID,
    randomInt(min, max) {
      if (max === undefined) {
        max = min;
        min = 0;
      }
      const r = randomBytes(4).reduce((n, b) => n * 256 + b, 0) / 2 ** 32;
      return min + Math.floor(r * (max - min));
    },
    getRandomValues(array) {
      const bytes = randomBytes(array.byteLength);
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(bytes);
      return array;
    },
    timingSafeEqual(a, b) {
      if (a.length !== b.length) throw new RangeError('Input buffers must have the same byte length');
      return a.every((x, i) => x === b[i]);
    },
  };
}

module.exports = { makeCrypto };
