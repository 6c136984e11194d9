import type { Browser } from 'playwright-core';
import type { PlainBrowser } from './plain-browser.js';

/** What every bench entry gets: the browsers, the generated project files, the baseline page. */
export interface BenchContext {
  browser: Browser;
  /** The browser without DevTools, for timing openings (launched on first use). */
  plainBrowser: () => Promise<PlainBrowser>;
  /** A real project file with a layered graph of `nodes` need nodes (generated once, cached). */
  graphFile: (nodes: number) => string;
  /** A folder serving the stock React Flow page with that graph as graph.json. */
  baselineDir: (nodes: number) => Promise<string>;
}

/** One run's figure and the baseline's figure on the same input (null when there is none). */
export interface Sample {
  value: number;
  baseline: number | null;
  /** A side condition of the budget (e.g. the window stayed responsive); false fails the run. */
  ok?: boolean;
  /** Printed beside the figure. */
  note?: string;
}

/**
 * One line of bench/results.json. Other issues add entries as files in ./entries and list them
 * in ./entries/index.ts; the runner repeats each `runs` times and reports medians.
 */
export interface BenchEntry {
  name: string;
  unit: string;
  /** The budget as a number in `unit`; pass also compares the baseline when the issue asks. */
  budget: number | null;
  runs?: number;
  measure: (context: BenchContext) => Promise<Sample>;
  pass?: (value: number, baseline: number | null) => boolean;
}

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline: number | null;
  budget: number | null;
  pass: boolean;
}
