'use strict';
throw new Error('index.js must not be loaded');
