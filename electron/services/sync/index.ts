export { exportPacket, type ExportOptions, type ExportResult } from './export.js';
export { importPacket, type ImportOptions, type ImportReport } from './import.js';
export { joinPacket, type JoinOptions, type JoinResult } from './join.js';
export { readPacket, inspectManifest, type VerifiedPacket } from './packet-read.js';
export { listConflicts, resolveConflict, type ConflictView } from './conflicts.js';
export { entityOf, getRecord, setField, parseFieldValue } from './fields.js';
export { SyncTables, type Peer } from './local.js';
export { DEFAULT_LIMITS, type ZipLimits } from './zip/format.js';
