export * from './kinds.js';
export * from './stages.js';
export * from './entities.js';
export * from './snapshot-columns.js';
export * from './templates.js';
export * from './ppap.js';
export * from './countries.js';
export * from './evidence.js';
