'use strict';
module.exports = function options(extra) {
  return Object.assign({ underscored: true, paranoid: true }, extra);
};
