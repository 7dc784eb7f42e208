'use strict';
// Defaults, enum values, comments and quoted names that contain the words Sequelize's createTableQuery
// searches a column's SQL for (PRIMARY KEY, REFERENCES, COMMENT, SERIAL, BIGINT, INT, NOT NULL).
module.exports = (sequelize, DataTypes) => {
  const opts = { timestamps: false };
  sequelize.define('Note', {
    label: { type: DataTypes.STRING(20), allowNull: false, defaultValue: 'A PRIMARY KEY' },
    ref: { type: DataTypes.STRING, defaultValue: 'see REFERENCES x' },
    said: { type: DataTypes.STRING, defaultValue: 'no COMMENT here' },
    serial: { type: DataTypes.STRING, allowNull: false, defaultValue: 'SERIAL no' },
    big: { type: DataTypes.STRING, defaultValue: 'BIGINT SERIAL' },
    path: { type: DataTypes.STRING, defaultValue: 'C:\\PRIMARY KEY\\' },
    quote: { type: DataTypes.STRING, allowNull: false, defaultValue: "it's NOT NULL" },
    flag: { type: DataTypes.STRING, defaultValue: 'say DEFAULT true now' },
    state: { type: DataTypes.ENUM('PRIMARY KEY', 'COMMENT x', 'open'), defaultValue: 'open' },
    info: { type: DataTypes.STRING, comment: "it's a PRIMARY KEY, not REFERENCES" },
  }, opts);
  // A text key whose referenced table's name contains INT (SQLite's INTEGER PRIMARY KEY test).
  sequelize.define('Point', { code: { type: DataTypes.STRING(10), primaryKey: true } }, { ...opts, tableName: 'POINTS' });
  sequelize.define('PointDetail', {
    code: { type: DataTypes.STRING(10), primaryKey: true, references: { model: 'POINTS', key: 'code' } },
  }, opts);
  // An integer key with a default and a foreign key (SQLite: INTEGER PRIMARY KEY DEFAULT 1 REFERENCES …).
  sequelize.define('Counter', { id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true } }, opts);
  return sequelize.define('CounterExtra', {
    id: { type: DataTypes.INTEGER, primaryKey: true, defaultValue: 1, references: { model: 'Counters', key: 'id' } },
  }, opts);
};
