'use strict';
module.exports = {
  ROLES: ['member', 'editor', 'owner'],
  POST_STATES: ['draft', 'review', 'live'],
  TITLE_MAX: 140,
};
