throw new Error('.cjs files must not be loaded');
