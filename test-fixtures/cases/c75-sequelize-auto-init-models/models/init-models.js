var DataTypes = require("sequelize").DataTypes;
var _address = require("./address");
var _staff = require("./staff");
var _store = require("./store");

function initModels(sequelize) {
  var address = _address(sequelize, DataTypes);
  var staff = _staff(sequelize, DataTypes);
  var store = _store(sequelize, DataTypes);

  staff.belongsTo(address, { as: "address", foreignKey: "address_id"});
  address.hasMany(staff, { as: "staffs", foreignKey: "address_id"});
  store.belongsTo(address, { as: "address", foreignKey: "address_id"});
  address.hasMany(store, { as: "stores", foreignKey: "address_id"});
  staff.belongsTo(store, { as: "store", foreignKey: "store_id"});
  store.hasMany(staff, { as: "staffs", foreignKey: "store_id"});
  store.belongsTo(staff, { as: "manager_staff", foreignKey: "manager_staff_id"});
  staff.hasOne(store, { as: "store_manager", foreignKey: "manager_staff_id"});

  return {
    address,
    staff,
    store,
  };
}
module.exports = initModels;
module.exports.initModels = initModels;
module.exports.default = initModels;
