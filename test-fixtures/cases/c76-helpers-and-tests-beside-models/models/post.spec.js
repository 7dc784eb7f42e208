'use strict';
const { slugify } = require('./utils');

test('slugify', () => {
  expect(slugify('Hello, World')).toBe('hello-world');
});
