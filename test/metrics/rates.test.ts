import { describe, expect, test } from 'vitest';
import { computeMetrics } from '../../shared/graph/metrics/index.js';
import { buildInput } from './build-input.js';

describe('self-sufficiency rate', () => {
  test('counts key components and materials with a domestic supplier at batch supply or later', () => {
    const report = computeMetrics(
      buildInput({
        nodes: [
          ['bearing', 'component', true], // domestic at batch: counts
          ['steel', 'material', true], // domestic at demonstration: counts
          ['encoder', 'component', true], // only foreign at batch: no
          ['magnet', 'material', true], // domestic below batch: no
          ['chip', 'component', false], // not a key item: not counted at all
          ['coating', 'process', true], // a process: the other metric
        ],
        links: [
          ['bearing', 'cn1', 6],
          ['steel', 'cn2', 7],
          ['encoder', 'de1', 7],
          ['magnet', 'cn1', 5],
          ['magnet', 'jp1', 7],
          ['chip', 'cn1', 7],
          ['coating', 'cn1', 7],
        ],
      }),
    );
    expect(report.selfSufficiency).toEqual({ value: 0.5, numerator: 2, denominator: 4 });
  });

  test('follows the batch stage the template marks, not a fixed index', () => {
    const input = buildInput({
      nodes: [['bearing', 'component', true]],
      links: [['bearing', 'cn1', 3]],
    });
    expect(computeMetrics(input).selfSufficiency.numerator).toBe(0);
    expect(computeMetrics({ ...input, batchStage: 3 }).selfSufficiency.numerator).toBe(1);
  });

  test('treats a party the project does not know as foreign', () => {
    const report = computeMetrics(
      buildInput({ nodes: [['bearing', 'component', true]], links: [['bearing', 'ghost', 7]] }),
    );
    expect(report.selfSufficiency).toEqual({ value: 0, numerator: 0, denominator: 1 });
  });

  test('is null, not zero, when there is no key component or material', () => {
    const report = computeMetrics(buildInput({ nodes: [['bearing', 'component', false]] }));
    expect(report.selfSufficiency).toEqual({ value: null, numerator: 0, denominator: 0 });
  });
});

describe('process adoption rate', () => {
  test('counts key processes with a supplier of any country at batch supply or later', () => {
    const report = computeMetrics(
      buildInput({
        nodes: [
          ['grinding', 'process', true],
          ['coating', 'process', true],
          ['nitriding', 'process', true],
          ['hardening', 'process', false],
        ],
        links: [
          ['grinding', 'de1', 6],
          ['coating', 'cn1', 5],
          ['hardening', 'cn1', 7],
        ],
      }),
    );
    expect(report.processAdoption).toEqual({ value: 1 / 3, numerator: 1, denominator: 3 });
  });

  test('is null when there is no key process', () => {
    const report = computeMetrics(buildInput({ nodes: [['bearing', 'component', true]] }));
    expect(report.processAdoption.value).toBeNull();
  });
});

describe('roll-ups', () => {
  const input = buildInput({
    nodes: [
      ['machine', 'system'],
      ['spindle', 'subsystem'],
      ['axis', 'subsystem'],
      ['bearing', 'component', true],
      ['steel', 'material', true],
      ['screw', 'component', true],
      ['grinding', 'process', true],
    ],
    edges: [
      'machine>spindle',
      'machine>axis',
      'spindle>bearing',
      'bearing>steel',
      'axis>screw',
      'screw>steel',
      'screw>grinding',
    ],
    links: [
      ['bearing', 'cn1', 7],
      ['steel', 'de1', 7],
      ['screw', 'cn2', 6],
      ['grinding', 'jp1', 6],
    ],
  });
  const report = computeMetrics(input);

  test('score each subsystem over everything upstream of it', () => {
    const spindle = report.bySubsystem.find((roll) => roll.nodeId === 'spindle');
    const axis = report.bySubsystem.find((roll) => roll.nodeId === 'axis');
    expect(spindle?.selfSufficiency).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(spindle?.processAdoption).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(axis?.selfSufficiency).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(axis?.processAdoption).toEqual({ value: 1, numerator: 1, denominator: 1 });
  });

  test('count a node shared by two subsystems once in the product above them', () => {
    expect(report.byProduct).toEqual([
      {
        nodeId: 'machine',
        name: 'machine',
        kind: 'system',
        selfSufficiency: { value: 2 / 3, numerator: 2, denominator: 3 },
        processAdoption: { value: 1, numerator: 1, denominator: 1 },
      },
    ]);
  });

  test('agree with the project-level figures for the single product', () => {
    expect(report.selfSufficiency).toEqual(report.byProduct[0]?.selfSufficiency);
    expect(report.processAdoption).toEqual(report.byProduct[0]?.processAdoption);
  });

  test('still terminate and count each node once when merged edits closed a cycle', () => {
    const cyclic = computeMetrics({
      ...input,
      edges: [...input.edges, { fromId: 'steel', toId: 'spindle' }],
    });
    const spindle = cyclic.bySubsystem.find((roll) => roll.nodeId === 'spindle');
    // spindle → bearing → steel → spindle: steel, bearing only (screw is not upstream).
    expect(spindle?.selfSufficiency).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
  });
});
