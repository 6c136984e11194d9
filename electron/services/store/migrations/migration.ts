/** One numbered schema step. Released migrations are never edited. */
export interface Migration {
  /** The `user_version` the file has after this step. */
  version: number;
  name: string;
  sql: string;
}
