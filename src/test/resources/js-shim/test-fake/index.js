'use strict';
// A stand-in for js-shim/index.js in the runtime's own tests: a tiny CommonJS loader on __host
// with the real wrapper line, so error locations can be checked without the Sequelize shim.
(function () {
  const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

  function dirname(p) { return p.slice(0, p.lastIndexOf('/')) || '/'; }

  function resolve(from, spec) {
    const parts = (spec.startsWith('/') ? spec : dirname(from) + '/' + spec).split('/');
    const out = [];
    for (const part of parts) {
      if (part === '..') out.pop(); else if (part && part !== '.') out.push(part);
    }
    return '/' + out.join('/');
  }

  function makeRequire(cache, from) {
    return function require(spec) {
      if (spec === 'fake-sequelize') return { define: (name) => ({ name }) };
      if (!spec.startsWith('.') && !spec.startsWith('/')) throw new Error("Cannot find module '" + spec + "'");
      let file = resolve(from, spec);
      if (__host.stat(file) !== 'file' && __host.stat(file + '.js') === 'file') file += '.js';
      return load(cache, file);
    };
  }

  function load(cache, file) {
    if (cache[file]) return cache[file].exports;
    const module = { exports: {} };
    cache[file] = module;
    const text = __host.readFile(file);
    const fn = __host.compile(file, WRAPPER + text + '\n})');
    fn.call(module.exports, module.exports, makeRequire(cache, file), module, file, dirname(file));
    return module.exports;
  }

  globalThis.__sequelizeDdl = {
    load(request) {
      const cache = {};
      const models = [];
      for (const name of request.files) {
        const exported = load(cache, request.root + '/' + name);
        if (exported && exported.notAModel) {
          // like the real shim: no model frame on the stack, the file named in the message
          throw new TypeError(request.root + '/' + name + ': a model file must export a function');
        }
        const model = typeof exported === 'function' ? exported({ define: (n) => ({ name: n }) }, {}) : exported;
        if (model && model.name) models.push(model.name);
      }
      __host.warn('fake shim loaded ' + request.files.join(','));
      if (request.dialect === 'raw') return JSON.stringify({ files: request.files, models });
      return JSON.stringify({ format: 'sequelize-ddl/schema', version: 1, dialect: request.dialect, models: [] });
    },
  };
})();
