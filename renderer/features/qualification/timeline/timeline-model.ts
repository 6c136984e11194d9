import type { Evidence, Transition } from '../../../../shared/model/index.js';

export interface TimelineEntry {
  transition: Transition;
  evidence: Evidence[];
}

/** Newest first; on one day an approval sits above the claim it answers. */
function newestFirst(a: Transition, b: Transition): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.kind !== b.kind) return a.kind === 'approved' ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The transitions of some supply links with their evidence, newest first. */
export function timelineEntries(
  transitions: Readonly<Record<string, Transition>>,
  evidence: Readonly<Record<string, Evidence>>,
  linkIds: ReadonlySet<string>,
): TimelineEntry[] {
  const files = new Map<string, Evidence[]>();
  for (const record of Object.values(evidence)) {
    files.set(record.transitionId, [...(files.get(record.transitionId) ?? []), record]);
  }
  return Object.values(transitions)
    .filter((t) => linkIds.has(t.linkId))
    .sort(newestFirst)
    .map((transition) => ({
      transition,
      evidence: (files.get(transition.id) ?? []).sort((a, b) => (a.fileName < b.fileName ? -1 : 1)),
    }));
}
