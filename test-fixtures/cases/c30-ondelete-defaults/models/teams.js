'use strict';
module.exports = (sequelize, DataTypes) => {
  const o = { timestamps: false };
  const Team = sequelize.define('Team', { name: DataTypes.STRING }, o);
  const Staff = sequelize.define('Staff', { TeamId: DataTypes.INTEGER, role: DataTypes.STRING }, o);
  const Fan = sequelize.define('Fan', { name: DataTypes.STRING }, o);
  const Sponsor = sequelize.define('Sponsor', { name: DataTypes.STRING }, o);
  const Captain = sequelize.define('Captain', { name: DataTypes.STRING }, Object.assign({ underscored: true }, o));
  const Ghost = sequelize.define('Ghost', { name: DataTypes.STRING }, o);
  const Venue = sequelize.define('Venue', { name: DataTypes.STRING }, o);
  const Match = sequelize.define('Match', { name: DataTypes.STRING }, o);
  const Comp = sequelize.define('Comp', {
    k1: { type: DataTypes.INTEGER, primaryKey: true },
    k2: { type: DataTypes.INTEGER, primaryKey: true },
  }, o);
  const Part = sequelize.define('Part', { name: DataTypes.STRING }, o);

  Team.hasMany(Fan);                                           // SET NULL
  Team.hasMany(Sponsor, { foreignKey: { allowNull: false } }); // CASCADE
  Team.hasMany(Staff);                                         // pre-declared, no allowNull -> CASCADE
  Fan.belongsTo(Venue);                                        // SET NULL
  Fan.belongsTo(Match, { foreignKey: { allowNull: false } });  // NO ACTION
  Staff.belongsTo(Venue, { foreignKey: 'VenueId' });
  Team.hasOne(Captain, { constraints: false });                // no reference
  Team.hasOne(Ghost, { constraints: false, onDelete: 'CASCADE' });
  Venue.hasOne(Match, { foreignKey: { allowNull: false } });   // hasOne not-null -> CASCADE
  Comp.hasMany(Part, { foreignKey: 'CompK1', sourceKey: 'k1' });
  return Team;
};
