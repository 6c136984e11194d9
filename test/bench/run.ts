// `npm run bench`: generate real project files, drive the real renderer and a stock React Flow
// baseline in headless Chromium, print a table and write bench/results.json.
// BENCH_RUNS (default 3) sets the runs per entry; BENCH_ONLY=name1,name2 runs some entries.
import fs from 'node:fs';
import path from 'node:path';
import { openProjectStore } from '../../electron/services/index.js';
import { REPO_ROOT } from '../e2e/harness/paths.js';
import { launchBenchBrowser } from './browser.js';
import { buildBaseline } from './build-baseline.js';
import type { BenchContext, BenchEntry, BenchResult, Sample } from './entry.js';
import { BENCH_ENTRIES } from './entries/index.js';
import { generateGraphFile } from './generate.js';
import { median } from './measure.js';
import { launchPlainBrowser, type PlainBrowser } from './plain-browser.js';

const OUT_DIR = path.join(REPO_ROOT, 'bench');
const CACHE_DIR = path.join(OUT_DIR, '.cache');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean) ?? null;
/** One run of one entry fails (and the bench moves on) after this long: no entry can hang it. */
const RUN_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 300_000);

function graphFile(nodes: number): string {
  return generateGraphFile(CACHE_DIR, nodes);
}

let baselineBuilt: Promise<string> | null = null;
const baselineDirs = new Map<number, string>();

async function baselineDir(nodes: number): Promise<string> {
  baselineBuilt ??= buildBaseline(path.join(CACHE_DIR, 'baseline-dist')).then(() =>
    path.join(CACHE_DIR, 'baseline-dist'),
  );
  const built = await baselineBuilt;
  const dir = path.join(CACHE_DIR, `baseline-${String(nodes)}`);
  if (!baselineDirs.has(nodes)) {
    fs.cpSync(built, dir, { recursive: true });
    const store = openProjectStore(graphFile(nodes), { readOnly: true });
    const { nodes: all, edges } = store.snapshot();
    store.close();
    fs.writeFileSync(path.join(dir, 'graph.json'), JSON.stringify({ nodes: all, edges }));
    baselineDirs.set(nodes, dir);
  }
  return dir;
}

/** A run that throws or outlasts RUN_TIMEOUT_MS counts as a failed sample with the reason. */
async function withTimeout(entry: BenchEntry, context: BenchContext): Promise<Sample> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<Sample>((resolve) => {
    timer = setTimeout(() => {
      const seconds = String(RUN_TIMEOUT_MS / 1000);
      resolve({ value: NaN, baseline: null, ok: false, note: `timed out after ${seconds} s` });
    }, RUN_TIMEOUT_MS);
  });
  const measured = entry.measure(context).catch((error: unknown): Sample => ({
    value: NaN,
    baseline: null,
    ok: false,
    note: `failed: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`,
  }));
  try {
    return await Promise.race([measured, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

async function runEntry(
  entry: BenchEntry,
  context: BenchContext,
): Promise<BenchResult & { note: string }> {
  const samples: Sample[] = [];
  for (let run = 0; run < (entry.runs ?? RUNS); run++) {
    samples.push(await withTimeout(entry, context));
    process.stderr.write(
      `  ${entry.name} run ${String(run + 1)}: ${JSON.stringify(samples.at(-1))}\n`,
    );
  }
  const finite = samples.map((sample) => sample.value).filter(Number.isFinite);
  const value = finite.length > 0 ? median(finite) : NaN;
  const baselines = samples.flatMap((sample) =>
    sample.baseline === null ? [] : [sample.baseline],
  );
  const baseline = baselines.length > 0 ? median(baselines) : null;
  const withinBudget = entry.pass
    ? entry.pass(value, baseline)
    : entry.budget === null || value <= entry.budget;
  const pass = withinBudget && samples.every((sample) => sample.ok !== false);
  const round = (n: number) => Math.round(n * 10) / 10;
  const note = samples.flatMap((sample) => (sample.note ? [sample.note] : [])).join('; ');
  return {
    name: entry.name,
    value: round(value),
    unit: entry.unit,
    baseline: baseline === null ? null : round(baseline),
    budget: entry.budget,
    pass,
    note,
  };
}

async function main(): Promise<void> {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const browser = await launchBenchBrowser();
  const plain: { launched?: Promise<PlainBrowser> } = {};
  const plainBrowser = () => (plain.launched ??= launchPlainBrowser());
  const context: BenchContext = { browser, plainBrowser, graphFile, baselineDir };
  const results: (BenchResult & { note: string })[] = [];
  try {
    for (const entry of BENCH_ENTRIES) {
      if (ONLY && !ONLY.includes(entry.name)) continue;
      process.stderr.write(`${entry.name}…\n`);
      results.push(await runEntry(entry, context));
    }
  } finally {
    await browser.close();
    if (plain.launched) await (await plain.launched).close();
  }
  console.table(
    results.map(({ name, value, unit, baseline, budget, pass, note }) => ({
      name,
      value: `${String(value)} ${unit}`,
      baseline: baseline === null ? '—' : `${String(baseline)} ${unit}`,
      budget: budget === null ? '—' : `≤ ${String(budget)} ${unit}`,
      pass,
      note,
    })),
  );
  const file = path.join(OUT_DIR, 'results.json');
  const previous: BenchResult[] = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResult[])
    : [];
  const merged = [
    ...previous.filter((old) => !results.some((fresh) => fresh.name === old.name)),
    ...results.map(({ note: _note, ...result }) => result),
  ];
  fs.writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
}
