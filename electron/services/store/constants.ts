/**
 * Marks a SQLite file as a Longmai project (`PRAGMA application_id`): the ASCII bytes "LONG".
 * Never change it; files in the wild carry it.
 */
export const LONGMAI_APPLICATION_ID = 0x4c4f4e47;

/** The 16-byte magic every SQLite 3 database file starts with. */
export const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Tables a Longmai project file must hold; a file missing one is not a Longmai project. */
export const REQUIRED_TABLES = [
  'project',
  'parties',
  'nodes',
  'edges',
  'links',
  'ops',
  'heads',
  'local',
] as const;
