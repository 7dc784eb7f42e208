'use strict';
const EventEmitter = require('events');
const { inherits, promisify } = require('util');
const os = require('os');
const { createHash } = require('node:crypto');

function AuditBus() {
  EventEmitter.call(this);
}
inherits(AuditBus, EventEmitter);
const bus = new AuditBus();
const seen = [];
bus.on('defined', (name) => seen.push(name));
const later = promisify((value, cb) => cb(null, value));
later('unused');

const fingerprint = createHash('sha512').update(['audit', 'entry'].join(os.EOL)).digest('hex').slice(0, 32);
const encoded = Buffer.from('audit trail', 'utf8').toString('base64');

module.exports = (sequelize, DataTypes) => {
  const AuditEntry = sequelize.define('AuditEntry', {
    action: { type: DataTypes.STRING(32), allowNull: false },
    fingerprint: { type: DataTypes.STRING(32), defaultValue: fingerprint },
    payload: DataTypes.JSON,
  }, { comment: `${encoded} ${Buffer.from(encoded, 'base64').toString()}`, updatedAt: false });
  bus.emit('defined', AuditEntry.name);
  if (seen.length !== 1) throw new Error('listener did not run');
  AuditEntry.associate = (models) => {
    AuditEntry.belongsTo(models.ApiKey, { foreignKey: 'apiKeyId' });
  };
  return AuditEntry;
};
