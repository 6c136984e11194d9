import fc from 'fast-check';
import { describe, it } from 'vitest';
import { runScenario, scenarioArbitrary } from './fuzz/scenario.js';

/** CI runs a fixed seed; `npm run fuzz` runs many more with any seed. */
const RUNS = 200;
const SEED = 20_260_501;

describe('randomized multi-replica sync', () => {
  it(`converges, loses nothing, lands nothing forbidden and keeps scope over ${String(RUNS)} seeded runs`, () => {
    fc.assert(fc.property(scenarioArbitrary, runScenario), { numRuns: RUNS, seed: SEED });
  }, 600_000);
});
