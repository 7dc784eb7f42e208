'use strict';
const { DataTypes } = require('sequelize');
const sequelize = require('./db');

const Review = sequelize.define('review', {
  stars: { type: DataTypes.INTEGER, allowNull: false, validate: { min: 1, max: 5 } },
  body: DataTypes.TEXT,
});

const { book } = sequelize.models;
book.hasMany(Review, { foreignKey: { name: 'bookIsbn', allowNull: false }, onDelete: 'CASCADE' });
Review.belongsTo(sequelize.models.book, { foreignKey: { name: 'bookIsbn', allowNull: false } });

module.exports = Review;
