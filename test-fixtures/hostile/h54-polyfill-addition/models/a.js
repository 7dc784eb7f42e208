'use strict';
// A polyfill adds members the built-ins do not have: accepted, other models are unaffected.
if (!String.prototype.toTitleCase) {
  String.prototype.toTitleCase = function toTitleCase() {
    return this.replace(/\b\w/g, (c) => c.toUpperCase());
  };
}
Object.defineProperty(Array.prototype, 'lastItem', { get() { return this[this.length - 1]; }, configurable: true });
module.exports = (sequelize, DataTypes) => sequelize.define('polyfilled', {
  name: { type: DataTypes.STRING, comment: 'the user name'.toTitleCase() },
  tags: { type: DataTypes.STRING(['a', 'b', 40].lastItem) },
});
