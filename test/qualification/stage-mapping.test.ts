import { describe, expect, it } from 'vitest';
import {
  planStageMapping,
  remapStageTargets,
  suggestStageMapping,
} from '../../shared/model/stage-mapping.js';
import { templateStages } from '../../shared/model/templates.js';

const oneDragon = templateStages('one_dragon');
const apqp = templateStages('apqp');
const links = [
  { id: 'at-samples', stage: 3, reportedStage: null },
  { id: 'at-batch', stage: 6, reportedStage: 7 },
];

describe('planning a change of the stage list', () => {
  it('keeps every link on its stage when stages are only renamed', () => {
    const renamed = oneDragon.map((s) => (s.key === 'samples' ? { ...s, name: 'Prototypes' } : s));
    const plan = planStageMapping(oneDragon, renamed, links);
    expect(plan.ok).toBe(true);
    expect(plan.landings.map((l) => [l.stage, l.reportedStage])).toEqual([
      [3, null],
      [6, 7],
    ]);
  });

  it('follows a reorder by key, so a link keeps its stage, not its index', () => {
    const reordered = [oneDragon[1], oneDragon[0], ...oneDragon.slice(2)].flatMap((s) => s ?? []);
    const plan = planStageMapping(oneDragon, reordered, [{ id: 'l', stage: 0, reportedStage: 1 }]);
    expect(plan.landings[0]).toMatchObject({ stage: 1, reportedStage: 0 });
  });

  it('refuses a template switch that leaves links without a stage, naming those stages', () => {
    const plan = planStageMapping(oneDragon, apqp, links);
    expect(plan.ok).toBe(false);
    expect(plan.orphanStages).toEqual(['samples', 'batch_supply', 'demonstration']);
    expect(plan.orphanLinkIds).toEqual(['at-samples', 'at-batch']);
  });

  it('lands every link where the explicit mapping says', () => {
    const mapping = {
      samples: 'apqp_product',
      batch_supply: 'apqp_launch',
      demonstration: 'apqp_launch',
    };
    const plan = planStageMapping(oneDragon, apqp, links, mapping);
    expect(plan.ok).toBe(true);
    expect(plan.landings.map((l) => [l.toStage, l.stage, l.reportedStage])).toEqual([
      ['apqp_product', 1, null],
      ['apqp_launch', 4, 4],
    ]);
  });

  it('counts a supplier claim that would lose its stage as an orphan too', () => {
    const mapping = { samples: 'apqp_product', batch_supply: 'apqp_launch' };
    const plan = planStageMapping(oneDragon, apqp, links, mapping);
    expect(plan.ok).toBe(false);
    expect(plan.landings[1]?.reportedOrphaned).toBe(true);
  });

  it('suggests a mapping that never moves a link across the batch-supply line', () => {
    const suggestion = suggestStageMapping(oneDragon, apqp);
    expect(suggestion.small_batch).not.toBe('apqp_launch');
    expect(suggestion.batch_supply).toBe('apqp_launch');
    expect(suggestion.demonstration).toBe('apqp_launch');
    expect(suggestion.need_identified).toBe('apqp_plan');
    expect(planStageMapping(oneDragon, apqp, links, suggestion).ok).toBe(true);
  });

  it('carries per-stage targets to the new keys and drops those of removed stages', () => {
    const targets = { samples: '2026-01-01', batch_supply: '2026-06-01', gone: '2027-01-01' };
    const map = { samples: 'apqp_product', batch_supply: 'apqp_launch', gone: null };
    expect(remapStageTargets(targets, map, new Set(apqp.map((s) => s.key)))).toEqual({
      apqp_product: '2026-01-01',
      apqp_launch: '2026-06-01',
    });
  });
});
