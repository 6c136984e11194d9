export * from './locales.js';
export type { MessageKey } from './catalogs/en.js';
export type { Catalog } from './catalogs/catalog.js';
export * from './translate.js';
export * from './labels.js';
