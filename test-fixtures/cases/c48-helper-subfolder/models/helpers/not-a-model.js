'use strict';
throw new Error('files in subfolders must not be loaded by the loader');
