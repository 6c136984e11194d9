// `npm run fuzz -- [--runs N] [--seed S]`: the randomized multi-replica runs of
// test/sync/fuzz.test.ts for as long as you like. A failure prints the seed and the
// shrunk scenario, which replays with `--seed S`.
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { FUZZ_STATS, runScenario, scenarioArbitrary } from './scenario.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '2000' }, seed: { type: 'string' } },
});
const runs = Number(values.runs);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
const started = Date.now();
process.stdout.write(`fuzz: ${String(runs)} runs, seed ${String(seed)}\n`);
fc.assert(fc.property(scenarioArbitrary, runScenario), { numRuns: runs, seed, verbose: true });
const seconds = Math.round((Date.now() - started) / 1000);
process.stdout.write(`fuzz: ${String(runs)} runs passed in ${String(seconds)} s\n`);
process.stdout.write(`fuzz: ${JSON.stringify(FUZZ_STATS)}\n`);
