/**
 * Version vectors: for each replica, the highest clock stamp of its ops that a copy holds
 * completely (every op of that replica up to the stamp, within the copy's scope). Stamps are
 * HLC strings, which sort as plain strings, so `max` and `min` are string comparisons.
 */
export type VersionVector = Readonly<Record<string, string>>;

/** Element-wise maximum: what is known after learning both. */
export function mergeVectors(a: VersionVector, b: VersionVector): Record<string, string> {
  const result: Record<string, string> = { ...a };
  for (const [replica, hlc] of Object.entries(b)) {
    const mine = result[replica];
    if (mine === undefined || hlc > mine) result[replica] = hlc;
  }
  return result;
}

/** Element-wise minimum over several vectors; a replica missing from one is missing from the result. */
export function meetVectors(vectors: readonly VersionVector[]): Record<string, string> {
  const [first, ...rest] = vectors;
  if (!first) return {};
  const result: Record<string, string> = {};
  for (const [replica, hlc] of Object.entries(first)) {
    let low = hlc;
    let everywhere = true;
    for (const other of rest) {
      const theirs = other[replica];
      if (theirs === undefined) {
        everywhere = false;
        break;
      }
      if (theirs < low) low = theirs;
    }
    if (everywhere) result[replica] = low;
  }
  return result;
}

/** Whether a copy holding `have` already holds everything `need` names. */
export function covers(have: VersionVector, need: VersionVector): boolean {
  return Object.entries(need).every(([replica, hlc]) => {
    const mine = have[replica];
    return mine !== undefined && mine >= hlc;
  });
}

/** Whether an op stamped `hlc` by `replica` is within what `vector` holds. */
export function holds(vector: VersionVector, replica: string, hlc: string): boolean {
  const mine = vector[replica];
  return mine !== undefined && hlc <= mine;
}

/** Vectors as stable JSON: replicas in code-unit order. */
export function sortVector(vector: VersionVector): Record<string, string> {
  const result: Record<string, string> = {};
  for (const replica of Object.keys(vector).sort()) {
    const hlc = vector[replica];
    if (hlc !== undefined) result[replica] = hlc;
  }
  return result;
}
