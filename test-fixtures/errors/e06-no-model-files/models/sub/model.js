'use strict';
throw new Error('subfolders must not be loaded');
