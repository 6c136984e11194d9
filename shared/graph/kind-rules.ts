import type { NeedKind } from '../model/kinds.js';

/**
 * Needs edges between kinds that are allowed but unusual, so the editor warns instead of
 * refusing: the graph runs from systems down to the four foundations, so a foundation needing
 * an assembly above it is usually a reversed edge. One row per needing kind.
 */
const UNUSUAL: Readonly<Record<NeedKind, readonly NeedKind[]>> = {
  system: [],
  subsystem: ['system'],
  component: ['system', 'subsystem'],
  material: ['system', 'subsystem', 'component'],
  process: ['system', 'subsystem'],
  tech_foundation: ['system', 'subsystem'],
};

/** True when "a `from` needs a `to`" deserves a warning (e.g. a material needing a system). */
export function isUnusualNeed(from: NeedKind, to: NeedKind): boolean {
  return UNUSUAL[from].includes(to);
}
