'use strict';
// A minimal Node Buffer (a Uint8Array subclass): from / alloc / concat / byteLength / isBuffer, and
// toString in utf8, hex, base64(url), latin1 (binary) and ascii. Enough for hashing and small
// conversions in model files; streams and the read/write number methods are not there.

function utf8Encode(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else c = 0xfffd;
    } else if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

function utf8Decode(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let c;
    let n;
    if (b < 0x80) { c = b; n = 1; } else if (b >= 0xc2 && b < 0xe0) { c = b & 31; n = 2; } else if (b >= 0xe0 && b < 0xf0) { c = b & 15; n = 3; } else if (b >= 0xf0 && b < 0xf5) { c = b & 7; n = 4; } else { s += '\ufffd'; i++; continue; }
    let ok = i + n <= bytes.length;
    for (let k = 1; ok && k < n; k++) {
      if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
      else c = (c << 6) | (bytes[i + k] & 63);
    }
    if (!ok) { s += '\ufffd'; i++; continue; }
    s += String.fromCodePoint(c);
    i += n;
  }
  return s;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Encode(bytes, url) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
    s += B64[n >> 18] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return url ? s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : s;
}

function base64Decode(str) {
  const clean = str.replace(/-/g, '+').replace(/_/g, '/').replace(/[^A-Za-z0-9+/]/g, '');
  const out = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    value = (value << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >> bits) & 255);
    }
  }
  return out;
}

function normalizeEncoding(enc) {
  const e = String(enc || 'utf8').toLowerCase();
  if (e === 'utf-8') return 'utf8';
  if (e === 'binary') return 'latin1';
  if (e === 'ucs2' || e === 'ucs-2' || e === 'utf-16le') return 'utf16le';
  if (['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le'].includes(e)) return e;
  throw new TypeError(`Unknown encoding: ${enc}`);
}

function encode(str, enc) {
  switch (normalizeEncoding(enc)) {
    case 'hex': {
      const out = [];
      for (let i = 0; i + 1 < str.length; i += 2) {
        const b = parseInt(str.slice(i, i + 2), 16);
        if (Number.isNaN(b)) break;
        out.push(b);
      }
      return out;
    }
    case 'base64':
    case 'base64url':
      return base64Decode(str);
    case 'latin1':
    case 'ascii':
      return Array.from(str, (c) => c.charCodeAt(0) & 255);
    case 'utf16le': {
      const out = [];
      for (let i = 0; i < str.length; i++) out.push(str.charCodeAt(i) & 255, str.charCodeAt(i) >> 8);
      return out;
    }
    default:
      return utf8Encode(str);
  }
}

class Buffer extends Uint8Array {
  static from(value, encodingOrOffset, length) {
    if (typeof value === 'string') return Buffer.fromBytes(encode(value, encodingOrOffset));
    if (value instanceof ArrayBuffer) return new Buffer(value, encodingOrOffset || 0, length === undefined ? value.byteLength - (encodingOrOffset || 0) : length);
    if (value && typeof value === 'object' && value.type === 'Buffer' && Array.isArray(value.data)) return Buffer.fromBytes(value.data);
    if (value && typeof value.length === 'number') return Buffer.fromBytes(Array.from(value, (x) => Number(x) & 255));
    throw new TypeError('The first argument must be of type string, Buffer, ArrayBuffer, Array, or Array-like Object.');
  }

  static fromBytes(bytes) {
    const b = new Buffer(bytes.length);
    b.set(bytes);
    return b;
  }

  static alloc(size, fill) {
    const b = new Buffer(size);
    if (fill !== undefined) b.fill(typeof fill === 'string' ? (encode(fill)[0] || 0) : fill);
    return b;
  }

  static allocUnsafe(size) {
    return new Buffer(size);
  }

  static isBuffer(value) {
    return value instanceof Buffer;
  }

  static isEncoding(enc) {
    try {
      normalizeEncoding(enc);
      return true;
    } catch (e) {
      return false;
    }
  }

  static byteLength(value, enc) {
    return typeof value === 'string' ? encode(value, enc).length : value.byteLength;
  }

  static concat(list, total) {
    const length = total === undefined ? list.reduce((n, b) => n + b.length, 0) : total;
    const out = Buffer.alloc(length);
    let at = 0;
    for (const b of list) {
      if (at >= length) break;
      out.set(b.length + at > length ? b.subarray(0, length - at) : b, at);
      at += b.length;
    }
    return out;
  }

  toString(enc, start = 0, end = this.length) {
    const bytes = this.subarray(start, end);
    switch (normalizeEncoding(enc)) {
      case 'hex':
        return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      case 'base64':
        return base64Encode(bytes, false);
      case 'base64url':
        return base64Encode(bytes, true);
      case 'latin1':
        return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
      case 'ascii':
        return Array.from(bytes, (b) => String.fromCharCode(b & 127)).join('');
      case 'utf16le': {
        let s = '';
        for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
        return s;
      }
      default:
        return utf8Decode(bytes);
    }
  }

  toJSON() {
    return { type: 'Buffer', data: Array.from(this) };
  }

  equals(other) {
    return this.length === other.length && this.every((b, i) => b === other[i]);
  }

  write(string, offset = 0, enc = 'utf8') {
    const bytes = encode(string, enc).slice(0, this.length - offset);
    this.set(bytes, offset);
    return bytes.length;
  }
}

module.exports = { Buffer, utf8Encode, utf8Decode, kMaxLength: 2 ** 31 - 1, constants: { MAX_LENGTH: 2 ** 31 - 1 } };
