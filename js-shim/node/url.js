'use strict';
// Node's url, for file: URLs mostly (ES modules' `fileURLToPath(import.meta.url)`): fileURLToPath,
// pathToFileURL, a small WHATWG-style URL (scheme://user@host:port/path?query#hash and relative
// references against a base), URLSearchParams, and the legacy parse / format / resolve.

class URLSearchParams {
  constructor(init) {
    this.list = [];
    const text = typeof init === 'string' ? init.replace(/^\?/, '') : '';
    if (text) {
      for (const part of text.split('&')) {
        if (!part) continue;
        const i = part.indexOf('=');
        const dec = (s) => decodeURIComponent(s.replace(/\+/g, ' '));
        this.list.push(i < 0 ? [dec(part), ''] : [dec(part.slice(0, i)), dec(part.slice(i + 1))]);
      }
    } else if (init && typeof init === 'object') {
      for (const k of Object.keys(init)) this.list.push([k, String(init[k])]);
    }
  }

  get(name) {
    const e = this.list.find(([k]) => k === name);
    return e ? e[1] : null;
  }

  getAll(name) { return this.list.filter(([k]) => k === name).map(([, v]) => v); }

  has(name) { return this.list.some(([k]) => k === name); }

  set(name, value) {
    this.delete(name);
    this.list.push([name, String(value)]);
  }

  append(name, value) { this.list.push([name, String(value)]); }

  delete(name) { this.list = this.list.filter(([k]) => k !== name); }

  forEach(fn) { this.list.forEach(([k, v]) => fn(v, k, this)); }

  entries() { return this.list.map((e) => e.slice())[Symbol.iterator](); }

  [Symbol.iterator]() { return this.entries(); }

  toString() { return this.list.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'); }
}

const PARTS = /^([a-zA-Z][a-zA-Z0-9+.-]*):(?:\/\/(?:([^@/?#]*)@)?([^:/?#]*)(?::(\d+))?)?([^?#]*)(\?[^#]*)?(#.*)?$/;

function removeDots(path) {
  const out = [];
  for (const seg of path.split('/').slice(1)) {
    if (seg === '..') out.pop();
    else if (seg !== '.') out.push(seg);
  }
  const last = path.split('/').pop();
  return `/${out.join('/')}${(last === '.' || last === '..') && out.length ? '/' : ''}`;
}

class URL {
  constructor(input, base) {
    let text = String(input);
    if (!PARTS.test(text)) {
      if (base === undefined) throw new TypeError(`Invalid URL: ${text}`);
      const b = new URL(base);
      if (text.startsWith('//')) text = `${b.protocol}${text}`;
      else if (text.startsWith('/')) text = `${b.origin === 'null' ? `${b.protocol}//` : b.origin}${text}`;
      else if (text.startsWith('?')) text = `${b.origin === 'null' ? `${b.protocol}//` : b.origin}${b.pathname}${text}`;
      else if (text.startsWith('#')) text = `${b.href.replace(/#.*$/, '')}${text}`;
      else text = `${b.origin === 'null' ? `${b.protocol}//` : b.origin}${b.pathname.replace(/[^/]*$/, '')}${text}`;
    }
    const m = PARTS.exec(text);
    if (!m) throw new TypeError(`Invalid URL: ${text}`);
    this.protocol = `${m[1].toLowerCase()}:`;
    const auth = m[2] || '';
    this.username = auth.split(':')[0] || '';
    this.password = auth.includes(':') ? auth.slice(auth.indexOf(':') + 1) : '';
    this.hostname = (m[3] || '').toLowerCase();
    this.port = m[4] || '';
    this.pathname = removeDots(m[5] || '/');
    this.search = m[6] && m[6] !== '?' ? m[6] : '';
    this.hash = m[7] && m[7] !== '#' ? m[7] : '';
    this.searchParams = new URLSearchParams(this.search);
  }

  get host() { return this.port ? `${this.hostname}:${this.port}` : this.hostname; }

  get origin() { return this.protocol === 'file:' || !this.hostname ? 'null' : `${this.protocol}//${this.host}`; }

  get href() {
    const auth = this.username ? `${this.username}${this.password ? `:${this.password}` : ''}@` : '';
    return `${this.protocol}//${auth}${this.host}${this.pathname}${this.search}${this.hash}`;
  }

  toString() { return this.href; }

  toJSON() { return this.href; }
}

function fileURLToPath(url) {
  const u = typeof url === 'string' ? new URL(url) : url;
  if (!u || u.protocol !== 'file:') throw new TypeError('The URL must be of scheme file');
  return decodeURIComponent(u.pathname);
}

function pathToFileURL(path) {
  return new URL(`file://${String(path).split('/').map(encodeURIComponent).join('/')}`);
}

function parse(text) {
  try {
    const u = new URL(text);
    return {
      protocol: u.protocol, slashes: true, auth: u.username ? `${u.username}${u.password ? `:${u.password}` : ''}` : null,
      host: u.host, port: u.port || null, hostname: u.hostname, hash: u.hash || null, search: u.search || null,
      query: u.search ? u.search.slice(1) : null, pathname: u.pathname, path: `${u.pathname}${u.search}`, href: u.href,
    };
  } catch (e) {
    const m = /^([^?#]*)(\?[^#]*)?(#.*)?$/.exec(String(text));
    return { protocol: null, slashes: null, auth: null, host: null, port: null, hostname: null, hash: m[3] || null,
      search: m[2] || null, query: m[2] ? m[2].slice(1) : null, pathname: m[1], path: `${m[1]}${m[2] || ''}`, href: String(text) };
  }
}

function format(u) {
  if (u instanceof URL) return u.href;
  if (typeof u === 'string') return u;
  const auth = u.auth ? `${u.auth}@` : '';
  const host = u.host || `${u.hostname || ''}${u.port ? `:${u.port}` : ''}`;
  return `${u.protocol ? `${u.protocol}//` : ''}${auth}${host}${u.pathname || ''}${u.search || ''}${u.hash || ''}`;
}

module.exports = {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, parse, format,
  resolve: (from, to) => new URL(to, new URL(from, 'resolve://')).href.replace(/^resolve:\/\//, ''),
};
