import { describe, expect, it } from 'vitest';
import { exportPacket } from '../../electron/services/sync/index.js';
import { opLine } from '../../electron/services/sync/packet-write.js';
import { DEFAULT_LIMITS } from '../../electron/services/sync/zip/format.js';
import { inflateEntry, readZip } from '../../electron/services/sync/zip/reader.js';
import type { Op } from '../../shared/sync/ops.js';
import { makerProject } from './helpers.js';

const byClock = (a: Op, b: Op): number =>
  a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.opId < b.opId ? -1 : 1;

describe('change sets an export builds in SQL', () => {
  it('hold exactly the lines opLine writes for the same ops, odd text and all', () => {
    const setup = makerProject();
    const node = setup.store.snapshot().nodes[0];
    if (!node) throw new Error('the sample has no node');
    for (const name of ['quote " back\\slash', 'line\nbreak\ttab\u0001', '龍脈 é 😀 \u2028']) {
      setup.store.applyLocalChanges([
        { entity: 'node', entityId: node.id, field: 'name', value: name },
      ]);
    }
    const { bytes } = exportPacket(setup.store, setup.maker, {
      to: setup.maker.partyId,
      full: true,
    });
    const written = readZip(bytes, DEFAULT_LIMITS)
      .filter((entry) => entry.name.startsWith('changes/'))
      .map((entry) => inflateEntry(entry).toString('utf8'))
      .join('');
    const expected = setup.store
      .ops()
      .sort(byClock)
      .map((op) => `${opLine(op)}\n`)
      .join('');
    expect(written).toBe(expected);
  });
});
