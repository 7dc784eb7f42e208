'use strict';
throw { toString() { return 'not an Error\nsecond line'; } };
