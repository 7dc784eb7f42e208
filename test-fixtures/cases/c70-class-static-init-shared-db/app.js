'use strict';
// How the application wires its models (the oracle's adapter runs this with real Sequelize).
const sequelize = require('./models/db');
const Customer = require('./models/customer');
const Order = require('./models/order');

Customer.init(sequelize);
Order.init(sequelize);
Customer.associate(sequelize.models);
Order.associate(sequelize.models);
