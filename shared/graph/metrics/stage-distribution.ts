import type { IndexedProject } from './indexed.js';

/** Supply links at one official stage, split by where their party is. */
export interface StageCount {
  stage: number;
  domestic: number;
  /** Parties abroad, and parties the project does not know (nothing says they are domestic). */
  import: number;
}

/** One entry per stage of the project's list, 0 where no link stands. */
export function stageDistribution(project: IndexedProject): StageCount[] {
  const stageCount = project.links.reduce(
    (most, link) => Math.max(most, link.stage + 1),
    project.input.stageCount,
  );
  const counts: StageCount[] = Array.from({ length: stageCount }, (_, stage) => ({
    stage,
    domestic: 0,
    import: 0,
  }));
  project.links.forEach((link, l) => {
    const entry = counts[link.stage];
    if (!entry) return;
    if (project.domestic[l]) entry.domestic += 1;
    else entry.import += 1;
  });
  return counts;
}
