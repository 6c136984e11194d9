export * from './kinds.js';
export * from './stages.js';
export * from './entities.js';
export * from './schemas.js';
export * from './fields.js';
