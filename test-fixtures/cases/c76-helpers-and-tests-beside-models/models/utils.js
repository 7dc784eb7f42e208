'use strict';
function slugify(text) {
  return String(text).toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function normalizeEmail(email) {
  return String(email || '').trim().toLowerCase();
}

module.exports = { slugify, normalizeEmail };
