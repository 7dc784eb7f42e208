'use strict';
module.exports = (sequelize, DataTypes) => {
  const Team = sequelize.define('Team', {
    teamName: DataTypes.STRING,
    explicit: { type: DataTypes.STRING, field: 'ExplicitField' },
    homeCity: { type: DataTypes.STRING, field: 'city' },
  }, { underscored: true, paranoid: true, version: true });
  const Player = sequelize.define('Player', {
    fullName: DataTypes.STRING,
    shirtNo: { type: DataTypes.INTEGER, field: 'shirt_number' },
  });
  const Coach = sequelize.define('Coach', { coachName: DataTypes.STRING }, { underscored: true, createdAt: 'madeAt', updatedAt: false });
  Team.hasMany(Player);
  Team.hasOne(Coach);
  Player.belongsTo(Coach, { as: 'mentor' });
  return Team;
};
