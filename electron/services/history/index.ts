export { recordEdit } from './record.js';
export { historyState, takeStep, type Direction } from './undo.js';
export { changeSetOf, TouchedEntities } from './change-set.js';
export { MAX_UNDO_STEPS } from './journal.js';
