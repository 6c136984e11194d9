import { describe, expect, test } from 'vitest';
import { computeMetrics, type RiskFlagCode } from '../../shared/graph/metrics/index.js';
import { buildInput, type Spec } from './build-input.js';

/** The flags of one node, as code → params. */
function flagsOf(spec: Spec, nodeId = 'part') {
  const report = computeMetrics(buildInput(spec));
  return Object.fromEntries(
    report.flags.filter((flag) => flag.nodeId === nodeId).map((flag) => [flag.flag, flag.params]),
  ) as Partial<Record<RiskFlagCode, Record<string, unknown>>>;
}

const part: Spec['nodes'] = [['part', 'component', true]];

describe('risk flags', () => {
  test('no_supplier when no party has reached batch supply, counting the candidates', () => {
    expect(flagsOf({ nodes: part }).no_supplier).toEqual({ candidates: 0 });
    expect(flagsOf({ nodes: part, links: [['part', 'cn1', 4]] }).no_supplier).toEqual({
      candidates: 1,
    });
    expect(flagsOf({ nodes: part, links: [['part', 'cn1', 6]] }).no_supplier).toBeUndefined();
  });

  test('single_source when exactly one party is at batch supply or later', () => {
    const flags = flagsOf({
      nodes: part,
      links: [
        ['part', 'cn1', 7],
        ['part', 'cn2', 5],
      ],
    });
    expect(flags.single_source).toEqual({ party: 'CN one' });
    const two = flagsOf({
      nodes: part,
      links: [
        ['part', 'cn1', 7],
        ['part', 'cn2', 6],
      ],
    });
    expect(two.single_source).toBeUndefined();
  });

  test('single_source counts a party with two links once', () => {
    const flags = flagsOf({
      nodes: part,
      links: [
        ['part', 'cn1', 7],
        ['part', 'cn1', 6],
      ],
    });
    expect(flags.single_source).toEqual({ party: 'CN one' });
  });

  test('import_only when every known supplier is abroad, listing their countries', () => {
    const flags = flagsOf({
      nodes: part,
      links: [
        ['part', 'jp1', 7],
        ['part', 'de1', 3],
      ],
    });
    expect(flags.import_only).toEqual({ countries: ['DE', 'JP'] });
    const mixed = flagsOf({
      nodes: part,
      links: [
        ['part', 'jp1', 7],
        ['part', 'cn1', 1],
      ],
    });
    expect(mixed.import_only).toBeUndefined();
  });

  test('single_country when several qualified suppliers all sit in one foreign country', () => {
    const flags = flagsOf({
      nodes: part,
      links: [
        ['part', 'de1', 7],
        ['part', 'de2', 6],
      ],
    });
    expect(flags.single_country).toEqual({ country: 'DE', count: 2 });
    const home = flagsOf({
      nodes: part,
      links: [
        ['part', 'cn1', 7],
        ['part', 'cn2', 6],
      ],
    });
    expect(home.single_country).toBeUndefined();
    const spread = flagsOf({
      nodes: part,
      links: [
        ['part', 'de1', 7],
        ['part', 'jp1', 6],
      ],
    });
    expect(spread.single_country).toBeUndefined();
  });

  test('domestic_alternative_qualifying when the only domestic suppliers are below batch', () => {
    const flags = flagsOf({
      nodes: part,
      links: [
        ['part', 'de1', 7],
        ['part', 'cn1', 3],
        ['part', 'cn2', 5],
      ],
    });
    expect(flags.domestic_alternative_qualifying).toEqual({
      parties: ['CN one', 'CN two'],
      stage: 5,
    });
    const done = flagsOf({
      nodes: part,
      links: [
        ['part', 'cn1', 6],
        ['part', 'cn2', 5],
      ],
    });
    expect(done.domestic_alternative_qualifying).toBeUndefined();
  });

  test('overdue_stage when a stage target date passed before the link reached that stage', () => {
    const late = { stageTargets: [{ stage: 5, date: '2026-01-31' }] };
    const flags = flagsOf({ nodes: part, links: [['part', 'cn1', 4, late]] });
    expect(flags.overdue_stage).toEqual({ party: 'CN one', stage: 5, date: '2026-01-31' });
    const reached = flagsOf({ nodes: part, links: [['part', 'cn1', 5, late]] });
    expect(reached.overdue_stage).toBeUndefined();
    const future = { stageTargets: [{ stage: 5, date: '2026-12-31' }] };
    expect(
      flagsOf({ nodes: part, links: [['part', 'cn1', 4, future]] }).overdue_stage,
    ).toBeUndefined();
  });

  test('blocked names the blocked parties and the first reason', () => {
    const blocked = { status: 'blocked' as const, statusReason: 'furnace down' };
    const flags = flagsOf({
      nodes: part,
      links: [
        ['part', 'cn1', 7, blocked],
        ['part', 'de1', 7],
      ],
    });
    expect(flags.blocked).toEqual({ parties: ['CN one'], reason: 'furnace down' });
  });

  test('long_recovery_time when a qualified link takes longer than the threshold to recover', () => {
    const flags = flagsOf({
      nodes: part,
      links: [
        ['part', 'cn1', 7, { recoveryTimeWeeks: 30 }],
        ['part', 'de1', 7, { recoveryTimeWeeks: 52 }],
        ['part', 'jp1', 3, { recoveryTimeWeeks: 99 }],
      ],
    });
    expect(flags.long_recovery_time).toEqual({ party: 'DE one', weeks: 52, threshold: 26 });
    const quick = flagsOf({ nodes: part, links: [['part', 'cn1', 7, { recoveryTimeWeeks: 26 }]] });
    expect(quick.long_recovery_time).toBeUndefined();
  });

  test('leaves systems and subsystems without supply links unflagged', () => {
    const report = computeMetrics(
      buildInput({
        nodes: [
          ['machine', 'system'],
          ['axis', 'subsystem'],
        ],
      }),
    );
    expect(report.flags).toEqual([]);
  });

  test('sorts flags by severity, counts each code and puts nodes with more flags first among equals', () => {
    const report = computeMetrics(
      buildInput({
        nodes: [
          ['a', 'component'],
          ['b', 'component', true],
          ['c', 'material'],
        ],
        links: [
          ['b', 'de1', 7],
          ['c', 'cn1', 3],
        ],
      }),
    );
    expect(report.flags.map((flag) => [flag.nodeId, flag.flag])).toEqual([
      ['a', 'no_supplier'],
      ['c', 'no_supplier'],
      ['b', 'single_source'],
      ['b', 'import_only'],
      ['c', 'domestic_alternative_qualifying'],
    ]);
    expect(report.flagCounts).toMatchObject({
      no_supplier: 2,
      single_source: 1,
      import_only: 1,
      blocked: 0,
    });
    expect(report.topRisks.map((risk) => risk.nodeId)).toEqual(['c', 'a', 'b']);
  });
});

describe('hidden shared dependency', () => {
  const nodes: Spec['nodes'] = [
    ['bearing', 'component', true],
    ['ring', 'component'],
    ['steel', 'material', true],
    ['ore', 'material'],
  ];
  const edges = ['bearing>ring', 'ring>steel', 'steel>ore'];

  test('flags a dual-sourced node whose upstream rests on one qualified party', () => {
    const flags = flagsOf(
      {
        nodes,
        edges,
        links: [
          ['bearing', 'cn1', 7],
          ['bearing', 'de1', 7],
          ['ring', 'cn1', 7],
          ['ring', 'cn2', 7],
          ['steel', 'cn2', 7],
          ['ore', 'jp1', 7],
          ['ore', 'de2', 7],
        ],
      },
      'bearing',
    );
    expect(flags.hidden_shared_dependency).toEqual({ via: 'steel', party: 'CN two', suppliers: 2 });
  });

  test('prefers a key item as the named dependency over a nearer ordinary one', () => {
    const flags = flagsOf(
      {
        nodes,
        edges,
        links: [
          ['bearing', 'cn1', 7],
          ['bearing', 'de1', 7],
          ['ring', 'cn1', 7],
          ['steel', 'cn2', 7],
        ],
      },
      'bearing',
    );
    expect(flags.hidden_shared_dependency).toMatchObject({ via: 'steel' });
  });

  test('does not flag when everything upstream has two qualified parties', () => {
    const flags = flagsOf(
      {
        nodes,
        edges,
        links: [
          ['bearing', 'cn1', 7],
          ['bearing', 'de1', 7],
          ['ring', 'cn1', 7],
          ['ring', 'cn2', 7],
          ['steel', 'cn2', 7],
          ['steel', 'de2', 6],
        ],
      },
      'bearing',
    );
    expect(flags.hidden_shared_dependency).toBeUndefined();
  });

  test('does not flag a single-sourced node: its risk is already single_source', () => {
    const flags = flagsOf(
      {
        nodes,
        edges,
        links: [
          ['bearing', 'cn1', 7],
          ['steel', 'cn2', 7],
        ],
      },
      'bearing',
    );
    expect(flags.hidden_shared_dependency).toBeUndefined();
    expect(flags.single_source).toBeDefined();
  });
});
