'use strict';
for (let i = 0; i < 20000; i++) console.log('noise', i);
throw new Error('first line\nsecond line\nthird line');
