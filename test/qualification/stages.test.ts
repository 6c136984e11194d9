import { describe, expect, it } from 'vitest';
import { updateLink } from '../../electron/services/qualification/links.js';
import { moveLink } from '../../electron/services/qualification/moves.js';
import {
  applyStages,
  previewStages,
  setPpapLevel,
} from '../../electron/services/qualification/stages.js';
import { parseStages } from '../../shared/model/json-fields.js';
import { templateStages } from '../../shared/model/templates.js';
import { errorOf } from '../services/helpers.js';
import { qualificationBench } from './setup.js';

const apqp = templateStages('apqp');

function benchAtSamples() {
  const bench = qualificationBench();
  moveLink(bench.store, { linkId: bench.link.id, toStage: 3, date: '2025-01-01' });
  updateLink(bench.store, {
    id: bench.link.id,
    patch: { stageTargets: { test_verification: '2026-06-01' } },
  });
  return bench;
}

describe("changing the project's stages", () => {
  it('previews a template switch without changing anything', () => {
    const { store } = benchAtSamples();
    const ops = store.ops().length;
    const plan = previewStages(store, { template: 'apqp', stages: apqp });
    expect(plan.ok).toBe(false);
    expect(plan.orphanStages).toEqual(['samples']);
    expect(store.ops().length).toBe(ops);
  });

  it('refuses a switch that would orphan links and leaves the project as it was', () => {
    const { store, link } = benchAtSamples();
    const ops = store.ops().length;
    const error = errorOf(() => applyStages(store, { template: 'apqp', stages: apqp }));
    expect(error).toMatchObject({
      code: 'E_TEMPLATE_ORPHANS_LINKS',
      params: { count: 1, stages: ['samples'] },
    });
    expect(store.ops().length).toBe(ops);
    expect(store.project().stageTemplate).toBe('one_dragon');
    expect(store.link(link.id)?.stage).toBe(3);
  });

  it('switches template with a mapping: links land, targets follow, history keeps its keys', () => {
    const { store, link } = benchAtSamples();
    const mapping = { samples: 'apqp_product', test_verification: 'apqp_validation' };
    const result = applyStages(store, { template: 'apqp', stages: apqp, mapping });
    expect(result.project.stageTemplate).toBe('apqp');
    expect(parseStages(result.project.stages)).toEqual(apqp);
    expect(store.link(link.id)).toMatchObject({
      stage: 1,
      stageTargets: '{"apqp_validation":"2026-06-01"}',
    });
    expect(store.qualification.transitionsOfLink(link.id)[0]?.toStage).toBe('samples');
  });

  it('renames and reorders stages without moving links off their stage', () => {
    const { store, link } = benchAtSamples();
    const current = templateStages('one_dragon');
    const renamed = [
      current[1],
      current[0],
      ...current.slice(2).map((s) => (s.key === 'samples' ? { ...s, name: 'Prototypes' } : s)),
    ].flatMap((s) => s ?? []);
    applyStages(store, { template: 'one_dragon', stages: renamed });
    expect(store.link(link.id)?.stage).toBe(3);
    expect(parseStages(store.project().stages)[3]).toEqual({ key: 'samples', name: 'Prototypes' });
  });

  it('keeps the PPAP level with the project, set by the maker only', () => {
    const { store, supplier } = qualificationBench();
    expect(store.project().ppapLevel).toBe(3);
    expect(setPpapLevel(store, { level: 2 }).ppapLevel).toBe(2);
    expect(
      errorOf(() => setPpapLevel(store, { level: 4 }, { actingParty: supplier.id })).code,
    ).toBe('E_FORBIDDEN_OP');
  });
});
