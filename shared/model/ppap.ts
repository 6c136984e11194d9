/**
 * PPAP (AIAG Production Part Approval Process, 4th edition): the 18 elements and, per
 * submission level, whether each is submitted to the customer or retained at the supplier
 * (the manual's retention/submission requirements table).
 * - S: submit to the customer and retain a copy.
 * - R: retain and make available to the customer on request.
 * - *: retain and submit on request (level 4: the customer defines what it wants).
 * Labels live in the catalogs under `ppap.element.<key>`.
 */
export type PpapMark = 'S' | 'R' | '*';

export const PPAP_LEVELS = [1, 2, 3, 4, 5] as const;
export type PpapLevel = (typeof PPAP_LEVELS)[number];
/** AIAG's default when the customer names no level. */
export const DEFAULT_PPAP_LEVEL: PpapLevel = 3;

export interface PpapElement {
  key: string;
  /** Marks for levels 1..5, in order. */
  marks: readonly [PpapMark, PpapMark, PpapMark, PpapMark, PpapMark];
}

export const PPAP_ELEMENTS: readonly PpapElement[] = [
  // Design records of proprietary components stay at the supplier (R R R * R); the row for
  // all other components is the one shown here.
  { key: 'design_records', marks: ['R', 'S', 'S', '*', 'R'] },
  { key: 'engineering_changes', marks: ['R', 'S', 'S', '*', 'R'] },
  { key: 'customer_engineering_approval', marks: ['R', 'R', 'S', '*', 'R'] },
  { key: 'design_fmea', marks: ['R', 'R', 'S', '*', 'R'] },
  { key: 'process_flow', marks: ['R', 'R', 'S', '*', 'R'] },
  { key: 'process_fmea', marks: ['R', 'R', 'S', '*', 'R'] },
  { key: 'control_plan', marks: ['R', 'R', 'S', '*', 'R'] },
  { key: 'msa', marks: ['R', 'R', 'S', '*', 'R'] },
  { key: 'dimensional_results', marks: ['R', 'S', 'S', '*', 'R'] },
  { key: 'material_performance', marks: ['R', 'S', 'S', '*', 'R'] },
  { key: 'initial_process_studies', marks: ['R', 'R', 'S', '*', 'R'] },
  { key: 'qualified_lab', marks: ['R', 'S', 'S', '*', 'R'] },
  { key: 'appearance_approval', marks: ['S', 'S', 'S', '*', 'R'] },
  { key: 'sample_product', marks: ['R', 'S', 'S', '*', 'R'] },
  { key: 'master_sample', marks: ['R', 'R', 'R', '*', 'R'] },
  { key: 'checking_aids', marks: ['R', 'R', 'R', '*', 'R'] },
  { key: 'customer_specific', marks: ['R', 'R', 'S', '*', 'R'] },
  { key: 'psw', marks: ['S', 'S', 'S', 'S', 'R'] },
];

export interface PpapChecklistItem {
  key: string;
  /** 1-based element number as the manual counts them. */
  number: number;
  mark: PpapMark;
  done: boolean;
}

/** The 18 elements with the level's mark and whether the supply link has completed each. */
export function ppapChecklist(level: PpapLevel, done: readonly string[] = []): PpapChecklistItem[] {
  const completed = new Set(done);
  return PPAP_ELEMENTS.map((element, index) => ({
    key: element.key,
    number: index + 1,
    mark: element.marks[level - 1] ?? 'R',
    done: completed.has(element.key),
  }));
}

/** Elements the supplier must submit at this level (mark S). */
export function ppapSubmissions(level: PpapLevel): string[] {
  return ppapChecklist(level)
    .filter((item) => item.mark === 'S')
    .map((item) => item.key);
}
