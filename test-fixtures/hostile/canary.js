module.exports = 'CANARY-6d1f0c-never-in-output';
