'use strict';
module.exports = (sequelize, DataTypes) => sequelize.define('BlobHolder', {
  txt: { type: DataTypes.TEXT, defaultValue: 'long' },
  tiny: { type: DataTypes.TEXT('tiny'), defaultValue: 'tiny' },
  blob: { type: DataTypes.BLOB, defaultValue: 'b' },
  longBlob: { type: DataTypes.BLOB('long'), defaultValue: 'lb' },
  doc: { type: DataTypes.JSON, defaultValue: [1, 2] },
  docb: { type: DataTypes.JSONB, defaultValue: '{}' },
  shape: { type: DataTypes.GEOMETRY, defaultValue: null },
  pt: { type: DataTypes.GEOMETRY('POINT'), defaultValue: null },
  sbin: { type: DataTypes.STRING.BINARY, defaultValue: 'bin' },
  rawText: { type: 'TEXT', defaultValue: 'raw' },
}, { timestamps: false });
