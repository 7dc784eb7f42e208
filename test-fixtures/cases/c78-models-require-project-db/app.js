'use strict';
// How the application loads its models (the oracle's adapter runs this with real Sequelize).
require('./models/user');
require('./models/post');
