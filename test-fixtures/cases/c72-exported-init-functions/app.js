'use strict';
const sequelize = require('./models/database');
const { initMember } = require('./models/member');
const membership = require('./models/membership');
const applyRelations = require('./models/relations');

const Member = initMember(sequelize);
const Membership = membership.init(sequelize);
applyRelations({ Member, Membership });
module.exports = sequelize;
