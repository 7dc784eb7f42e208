'use strict';
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Intro', {
    code: { type: DataTypes.STRING(10), primaryKey: true, defaultValue: 'INTRO' },
  }, { timestamps: false });
  sequelize.define('W1', {
    a: { type: DataTypes.STRING, allowNull: false, defaultValue: 'SERIAL-1' },
    c: { type: DataTypes.STRING, comment: 'not a PRIMARY KEY at all' },
  }, { timestamps: false });
  return sequelize.define('W2', {
    b: { type: DataTypes.STRING, defaultValue: 'see COMMENT here' },
  }, { timestamps: false });
};
