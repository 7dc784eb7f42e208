'use strict';
const { Sequelize, DataTypes } = require('sequelize');
const defineUser = require('./user');

describe('User', () => {
  it('normalises the email', async () => {
    const sequelize = new Sequelize('sqlite::memory:');
    const User = defineUser(sequelize, DataTypes);
    await sequelize.sync();
    const user = await User.create({ email: ' A@B.C ' });
    expect(user.email).toBe('a@b.c');
  });
});
