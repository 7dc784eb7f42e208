'use strict';
// Associations live apart from the models; the app calls this once every model is initialised.
module.exports = function applyRelations({ Member, Membership }) {
  Member.hasMany(Membership, { foreignKey: { name: 'memberNo', field: 'member_no', allowNull: false }, as: 'memberships' });
  Membership.belongsTo(Member, { foreignKey: { name: 'memberNo', field: 'member_no', allowNull: false }, as: 'member' });
};
