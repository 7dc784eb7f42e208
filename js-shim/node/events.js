'use strict';
// Node's EventEmitter, the synchronous part (on/once/off/emit/listeners …). A function constructor, as
// in Node: old-style subclasses call `EventEmitter.call(this)` and util.inherits.

function EventEmitter() {
  this._events = Object.create(null);
  this._maxListeners = undefined;
}

const methods = {
  _list(name) {
    if (!this._events) this._events = Object.create(null);
    if (!this._events[name]) this._events[name] = [];
    return this._events[name];
  },

  on(name, listener) {
    if (typeof listener !== 'function') throw new TypeError('The "listener" argument must be of type function');
    if (this._events && this._events.newListener) this.emit('newListener', name, listener);
    this._list(name).push(listener);
    return this;
  },

  prependListener(name, listener) {
    this._list(name).unshift(listener);
    return this;
  },

  once(name, listener) {
    const wrapped = (...args) => {
      this.off(name, wrapped);
      return listener.apply(this, args);
    };
    wrapped.listener = listener;
    return this.on(name, wrapped);
  },

  off(name, listener) {
    const list = this._events && this._events[name];
    if (!list) return this;
    const i = list.findIndex((l) => l === listener || l.listener === listener);
    if (i >= 0) list.splice(i, 1);
    return this;
  },

  removeAllListeners(name) {
    if (name === undefined) this._events = Object.create(null);
    else if (this._events) delete this._events[name];
    return this;
  },

  emit(name, ...args) {
    const list = this._events && this._events[name];
    if (!list || list.length === 0) {
      if (name === 'error') throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error. (${String(args[0])})`);
      return false;
    }
    for (const l of list.slice()) l.apply(this, args);
    return true;
  },

  listeners(name) {
    return ((this._events && this._events[name]) || []).map((l) => l.listener || l);
  },

  rawListeners(name) {
    return ((this._events && this._events[name]) || []).slice();
  },

  listenerCount(name) {
    return ((this._events && this._events[name]) || []).length;
  },

  eventNames() {
    return this._events ? Reflect.ownKeys(this._events).filter((k) => this._events[k].length > 0) : [];
  },

  setMaxListeners(n) {
    this._maxListeners = n;
    return this;
  },

  getMaxListeners() {
    return this._maxListeners === undefined ? EventEmitter.defaultMaxListeners : this._maxListeners;
  },
};
for (const name of Object.keys(methods)) {
  Object.defineProperty(EventEmitter.prototype, name, { value: methods[name], writable: true, configurable: true });
}

EventEmitter.prototype.addListener = EventEmitter.prototype.on;
EventEmitter.prototype.removeListener = EventEmitter.prototype.off;
EventEmitter.prototype.prependOnceListener = EventEmitter.prototype.once;
EventEmitter.defaultMaxListeners = 10;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.once = (emitter, name) => new Promise((resolve) => emitter.once(name, (...args) => resolve(args)));

module.exports = EventEmitter;
