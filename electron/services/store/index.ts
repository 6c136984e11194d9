export { LONGMAI_APPLICATION_ID } from './constants.js';
export { SCHEMA_VERSION, MIGRATIONS } from './migrations/index.js';
export { openProjectStore, createProjectStore, type OpenOptions } from './open.js';
export { ProjectStore, type ApplyOptions } from './project-store.js';
export type { StoreCounts } from './queries.js';
