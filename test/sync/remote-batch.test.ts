import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectStore } from '../../electron/services/store/index.js';
import type { Op } from '../../shared/sync/ops.js';
import { canonicalDump, makerProject, sampleSupplier, track } from './helpers.js';

/** A sample project whose registers have histories: some fields edited twice. */
function editedSample() {
  const setup = makerProject();
  const { linkId, nodeId } = sampleSupplier(setup.store);
  for (const name of ['Bearing, revised', 'Bearing, final']) {
    setup.store.applyLocalChanges([
      { entity: 'node', entityId: nodeId, field: 'name', value: name },
    ]);
  }
  setup.store.applyLocalChanges([
    { entity: 'link', entityId: linkId, field: 'statusReason', value: 'tooling late' },
  ]);
  return setup;
}

describe('a large batch of remote ops', () => {
  it('settles like its clock-ordered log whatever the order, and stores repeats once', () => {
    const setup = editedSample();
    const ops = setup.store.ops();
    expect(ops.length).toBeGreaterThan(200);
    const orders: [string, Op[]][] = [
      ['reversed', [...ops].reverse()],
      ['repeated', [...ops.flatMap((op, i) => (i % 3 === 0 ? [op, op] : [op])), ...ops]],
    ];
    for (const [name, batch] of orders) {
      const file = path.join(setup.dir, `${name}.longmai`);
      const copy = track(
        createProjectStore(file, (store) => {
          const result = store.sync.applyRemote(batch, Date.now());
          expect(result.applied).toHaveLength(ops.length);
          expect(result.duplicates).toBe(batch.length - ops.length);
        }),
      );
      expect(copy.ops().length, name).toBe(ops.length);
      expect(canonicalDump(copy), name).toBe(canonicalDump(setup.store));
      copy.rematerialize();
      expect(canonicalDump(copy), name).toBe(canonicalDump(setup.store));
    }
  });
});
