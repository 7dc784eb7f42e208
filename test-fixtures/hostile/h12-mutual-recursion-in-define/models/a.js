'use strict';
const ping = (n) => pong(n + 1);
const pong = (n) => [ping(n + 1)];
module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: ping(0) });
