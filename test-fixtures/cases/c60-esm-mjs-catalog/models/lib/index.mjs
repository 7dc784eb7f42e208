export { STATUSES, skuLength as SKU_LENGTH } from './constants.mjs';
export { default as settings } from './constants.mjs';
export * from './naming.mjs';
