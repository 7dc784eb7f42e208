'use strict';
const { main } = require('./models/connections');
require('./models/account');
require('./models/audit-entry');
require('./models/session');
for (const model of Object.values(main.models)) {
  if (model.associate) model.associate(main.models);
}
