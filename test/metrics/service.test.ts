import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../electron/cli/run.js';
import { localDay, metricsInputOf, projectMetrics } from '../../electron/services/metrics/index.js';
import { stageEvents } from '../../electron/services/metrics/input.js';
import { creationChanges } from '../../electron/services/edits/changes.js';
import { LongmaiError } from '../../shared/ipc/errors.js';
import { newProject, rejectionOf, servicesFor, tempDir } from '../services/helpers.js';

const NOW = Date.UTC(2026, 10, 26, 12);

async function sampleServices() {
  const services = servicesFor({ userDataDir: tempDir(), now: () => NOW });
  await services.openSample();
  return services;
}

function cli(...argv: string[]) {
  let stdout = '';
  const code = runCli(argv, { stdout: (text) => (stdout += text), stderr: () => undefined });
  return { code, stdout };
}

describe('metrics service', () => {
  test('metrics.get reports the sample project as of the service clock', async () => {
    const services = await sampleServices();
    const report = await services.handlers['metrics.get'](undefined);
    expect(report.today).toBe(localDay(NOW));
    expect(report.batchStage).toBe(6);
    expect(report.byProduct).toHaveLength(1);
    expect(report.bySubsystem.length).toBeGreaterThan(5);
  });

  test('metrics.whatIf refuses a party id the project does not have', async () => {
    const services = await sampleServices();
    const error = await rejectionOf(() =>
      services.handlers['metrics.whatIf']({ lostPartyIds: ['nobody'], lostNodeIds: [] }),
    );
    expect(error).toBeInstanceOf(LongmaiError);
    expect(error.code).toBe('E_NOT_FOUND');
    expect(error.params).toEqual({ id: 'nobody' });
  });

  test('rebuilds the trend from the op log when links have no recorded transitions', () => {
    const store = newProject(tempDir(), { now: () => NOW });
    const maker = store.project().makerPartyId;
    store.applyLocalChanges([
      ...creationChanges('node', 'bearing', {
        kind: 'component',
        name: 'Bearing',
        code: '',
        spec: '',
        keyItem: true,
        ownerPartyId: maker,
        notes: '',
        x: 0,
        y: 0,
      }),
      ...creationChanges('link', 'link1', {
        nodeId: 'bearing',
        partyId: maker,
        stage: 6,
        reportedStage: null,
        status: 'on_track',
        statusReason: '',
        targetDate: '',
        ownerPartyId: maker,
      }),
    ]);
    const events = stageEvents(store, store.snapshot(), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(events).toEqual([{ linkId: 'link1', date: localDay(NOW), stage: 6 }]);
    const report = projectMetrics(store, NOW);
    expect(report.trend.at(-1)?.selfSufficiency).toEqual({
      value: 1,
      numerator: 1,
      denominator: 1,
    });
    expect(metricsInputOf(store, '2026-11-26').stageEvents).toHaveLength(1);
  });
});

describe('longmai metrics', () => {
  test('prints the figures, roll-ups and flags with English reasons as JSON', () => {
    const file = path.join(tempDir(), 'sample.longmai');
    expect(cli('new', file, '--name', 'S', '--maker', 'M', '--sample').code).toBe(0);
    const result = cli('metrics', file, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as {
      selfSufficiency: { value: number; numerator: number; denominator: number };
      processAdoption: { value: number; numerator: number; denominator: number };
      bySubsystem: { nodeId: string; name: string }[];
      flags: { nodeId: string; flag: string; reason: string }[];
    };
    expect(Object.keys(json.selfSufficiency).sort()).toEqual(['denominator', 'numerator', 'value']);
    expect(json.selfSufficiency.value).toBeCloseTo(
      json.selfSufficiency.numerator / json.selfSufficiency.denominator,
    );
    expect(json.bySubsystem.length).toBeGreaterThan(5);
    expect(json.flags.length).toBeGreaterThan(10);
    for (const flag of json.flags) {
      expect(flag.reason).toMatch(/[A-Za-z]{3,} [a-z]{2,}/);
      expect(flag.reason).not.toMatch(/\{\w+\}/);
    }
  });

  test('prints a readable summary without --json', () => {
    const file = path.join(tempDir(), 'sample.longmai');
    cli('new', file, '--name', 'S', '--maker', 'M', '--sample');
    const result = cli('metrics', file);
    expect(result.stdout).toMatch(
      /^As of \d{4}-\d{2}-\d{2}; batch supply from stage 6 Batch supply/,
    );
    expect(result.stdout).toContain('Self-sufficiency:');
    expect(result.stdout).toContain('Top risks:');
  });
});
