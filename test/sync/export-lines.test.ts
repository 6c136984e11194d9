import { describe, expect, it } from 'vitest';
import { exportPacket } from '../../electron/services/sync/index.js';
import { opLine } from '../../electron/services/sync/packet-write.js';
import { DEFAULT_LIMITS } from '../../electron/services/sync/zip/format.js';
import { inflateEntry, readZip } from '../../electron/services/sync/zip/reader.js';
import type { Op } from '../../shared/sync/ops.js';
import { makerProject } from './helpers.js';

const byClock = (a: Op, b: Op): number =>
  a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.opId < b.opId ? -1 : 1;

function changeSetText(bytes: Buffer): string {
  return readZip(bytes, DEFAULT_LIMITS)
    .filter((entry) => entry.name.startsWith('changes/'))
    .map((entry) => inflateEntry(entry).toString('utf8'))
    .join('');
}

const linesOf = (ops: Op[]): string =>
  ops
    .sort(byClock)
    .map((op) => `${opLine(op)}\n`)
    .join('');

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
    expect(changeSetText(bytes)).toBe(linesOf(setup.store.ops()));
  });

  it('put ops of a damaged log that share a clock stamp in op id order', () => {
    const setup = makerProject();
    const [op] = setup.store.ops();
    if (!op) throw new Error('the sample has no op');
    // Copies of one op under other ids, as only a damaged or forged log could hold.
    const insert = setup.store.sync.connection.prepare(
      `INSERT INTO ops (op_id, entity, entity_id, field, value, hlc, author_party, author_replica, prev)
       SELECT ?, entity, entity_id, field, value, hlc, author_party, author_replica, prev
       FROM ops WHERE op_id = ?`,
    );
    for (const id of ['zzzzzzzz', '00000000', 'mmmmmmmm']) insert.run(id, op.opId);
    const { bytes } = exportPacket(setup.store, setup.maker, {
      to: setup.maker.partyId,
      full: true,
    });
    expect(changeSetText(bytes)).toBe(linesOf(setup.store.ops()));
  });
});
