'use strict';
// The `reflect-metadata` API (Reflect.defineMetadata / getMetadata / metadata / decorate …) over one
// metadata store, installed on the global Reflect. TypeScript's decorator output calls
// Reflect.decorate and Reflect.metadata("design:type", …); sequelize-typescript keeps everything it
// knows about a model class as metadata on the class prototype. Lookups walk the prototype chain, as
// reflect-metadata's OrdinaryGetMetadata does (so subclasses inherit their parent's columns).

// target → Map(propertyKey | undefined → Map(metadataKey → value))
const store = new WeakMap();

function isObject(x) {
  return (typeof x === 'object' && x !== null) || typeof x === 'function';
}

function ownMap(target, propertyKey, create) {
  let byKey = store.get(target);
  if (!byKey) {
    if (!create) return undefined;
    byKey = new Map();
    store.set(target, byKey);
  }
  let map = byKey.get(propertyKey);
  if (!map) {
    if (!create) return undefined;
    map = new Map();
    byKey.set(propertyKey, map);
  }
  return map;
}

function toKey(propertyKey) {
  return propertyKey === undefined || typeof propertyKey === 'symbol' ? propertyKey : String(propertyKey);
}

function requireObject(target) {
  if (!isObject(target)) throw new TypeError();
}

function defineMetadata(metadataKey, metadataValue, target, propertyKey) {
  requireObject(target);
  ownMap(target, toKey(propertyKey), true).set(metadataKey, metadataValue);
}

function hasOwnMetadata(metadataKey, target, propertyKey) {
  requireObject(target);
  const map = ownMap(target, toKey(propertyKey), false);
  return !!map && map.has(metadataKey);
}

function getOwnMetadata(metadataKey, target, propertyKey) {
  requireObject(target);
  const map = ownMap(target, toKey(propertyKey), false);
  return map ? map.get(metadataKey) : undefined;
}

function hasMetadata(metadataKey, target, propertyKey) {
  requireObject(target);
  for (let o = target; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    if (hasOwnMetadata(metadataKey, o, propertyKey)) return true;
  }
  return false;
}

function getMetadata(metadataKey, target, propertyKey) {
  requireObject(target);
  for (let o = target; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    if (hasOwnMetadata(metadataKey, o, propertyKey)) return getOwnMetadata(metadataKey, o, propertyKey);
  }
  return undefined;
}

function getOwnMetadataKeys(target, propertyKey) {
  requireObject(target);
  const map = ownMap(target, toKey(propertyKey), false);
  return map ? [...map.keys()] : [];
}

function getMetadataKeys(target, propertyKey) {
  requireObject(target);
  const keys = new Set();
  for (let o = target; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    for (const k of getOwnMetadataKeys(o, propertyKey)) keys.add(k);
  }
  return [...keys];
}

function deleteMetadata(metadataKey, target, propertyKey) {
  requireObject(target);
  const map = ownMap(target, toKey(propertyKey), false);
  return !!map && map.delete(metadataKey);
}

function metadata(metadataKey, metadataValue) {
  return function decorator(target, propertyKey) {
    requireObject(target);
    defineMetadata(metadataKey, metadataValue, target, propertyKey);
  };
}

function decorate(decorators, target, propertyKey, attributes) {
  if (!Array.isArray(decorators)) throw new TypeError();
  if (propertyKey !== undefined) {
    requireObject(target);
    if (!isObject(attributes) && attributes !== undefined && attributes !== null) throw new TypeError();
    let descriptor = attributes === null ? undefined : attributes;
    const key = toKey(propertyKey);
    for (let i = decorators.length - 1; i >= 0; i--) {
      const decorated = decorators[i](target, key, descriptor);
      if (decorated !== undefined && decorated !== null) {
        if (!isObject(decorated)) throw new TypeError();
        descriptor = decorated;
      }
    }
    return descriptor;
  }
  if (typeof target !== 'function') throw new TypeError();
  let result = target;
  for (let i = decorators.length - 1; i >= 0; i--) {
    const decorated = decorators[i](result);
    if (decorated !== undefined && decorated !== null) {
      if (typeof decorated !== 'function') throw new TypeError();
      result = decorated;
    }
  }
  return result;
}

const API = {
  decorate, metadata, defineMetadata, hasMetadata, hasOwnMetadata, getMetadata, getOwnMetadata,
  getMetadataKeys, getOwnMetadataKeys, deleteMetadata,
};

// Like `require("reflect-metadata")`: adds the functions to the global Reflect once.
function install(global) {
  const R = global.Reflect;
  for (const name of Object.keys(API)) {
    if (typeof R[name] !== 'function') {
      Object.defineProperty(R, name, { value: API[name], writable: true, configurable: true, enumerable: false });
    }
  }
  return {};
}

module.exports = { install, ...API };
