'use strict';
Polyglot.eval('js', 'Java.type("java.lang.System").exit(0)');
module.exports = () => null;
