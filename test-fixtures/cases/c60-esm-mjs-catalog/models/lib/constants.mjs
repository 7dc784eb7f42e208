// Shared values for the catalog models (not a model file: it lives below lib/).
export const STATUSES = ['draft', 'published', 'archived'];
export const skuLength = 24;
export default { tablePrefix: 'catalog_' };
