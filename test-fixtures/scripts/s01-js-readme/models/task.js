"use strict";
module.exports = (sequelize, DataTypes) => {
  const Task = sequelize.define(
    "Task",
    {
      title: { type: DataTypes.STRING, allowNull: false },
      done: { type: DataTypes.BOOLEAN, defaultValue: false },
      due: DataTypes.DATEONLY,
    },
    { indexes: [{ fields: ["done", "due"] }] },
  );
  return Task;
};
