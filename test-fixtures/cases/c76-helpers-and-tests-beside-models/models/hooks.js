'use strict';
const { slugify, normalizeEmail } = require('./utils');

exports.beforeSavePost = (post) => {
  if (!post.slug) post.slug = slugify(post.title);
};

exports.beforeSaveUser = (user) => {
  user.email = normalizeEmail(user.email);
};
