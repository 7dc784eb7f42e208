'use strict';
const crypto = require('crypto');
const util = require('util');
const assert = require('assert');

const DEFAULT_SCOPE = 'read:all';
const scopeDigest = crypto.createHash('sha256').update(DEFAULT_SCOPE).digest('hex');
const shortDigest = crypto.createHash('md5').update('api-keys', 'utf8').digest('base64');
const signed = crypto.createHmac('sha1', 'not-a-secret').update(Buffer.from('v1')).digest('hex');
assert.strictEqual(scopeDigest.length, 64, 'sha256 digest is 64 hex characters');

module.exports = (sequelize, DataTypes) => {
  const ApiKey = sequelize.define('ApiKey', {
    label: { type: DataTypes.STRING(64), allowNull: false },
    scopeHash: { type: DataTypes.CHAR(64), allowNull: false, defaultValue: scopeDigest },
    signature: { type: DataTypes.STRING(40), defaultValue: signed },
    secret: {
      type: DataTypes.STRING(128),
      allowNull: false,
      defaultValue: () => crypto.randomBytes(32).toString('hex'),
    },
    publicId: { type: DataTypes.UUID, defaultValue: () => crypto.randomUUID() },
  }, { comment: util.format('keys %s (%d scopes, %s)', DEFAULT_SCOPE, 1, shortDigest) });
  return ApiKey;
};
