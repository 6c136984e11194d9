import { describe, expect, it } from 'vitest';
import { packetFileName, safeNamePart } from '../../electron/services/exchange/names.js';
import { quarantineNote } from '../../electron/services/exchange/quarantine.js';
import type { ConflictRow } from '../../shared/ipc/contract.js';
import { MAX_DROPPED_PACKET_BYTES } from '../../shared/ipc/contract/limits.js';
import { translate } from '../../shared/i18n/translate.js';
import { readPacketFile } from '../../renderer/features/sync/dropped-file.js';
import { countRows, fieldLabel, formatValue } from '../../renderer/features/sync/format.js';
import { conflictCountOf, syncStore } from '../../renderer/features/sync/sync-store.js';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate('en', key, params);

describe('packet file names', () => {
  it('name the project, the party and the time, with nothing a file system refuses', () => {
    const name = packetFileName('Plan: A/B', 'Works <1>', Date.UTC(2026, 2, 14, 9, 30, 5));
    expect(name).toBe('Plan_ A_B - Works _1_ 20260314-093005.longmai-packet');
    expect(safeNamePart('..\u0001hidden', 'x')).toBe('_hidden');
    expect(safeNamePart('   ', 'fallback')).toBe('fallback');
  });
});

describe('the quarantine note', () => {
  it('gives the code and the reason in English, and in the user’s language when it is not English', () => {
    const error = { code: 'E_SIGNATURE' as const, message: 'the packet signature does not verify' };
    const zh = quarantineNote('x.longmai-packet', error, 'zh-Hans', '2026-01-01T00:00:00.000Z');
    expect(zh).toContain('Code: E_SIGNATURE');
    expect(zh).toContain(translate('en', 'error.E_SIGNATURE'));
    expect(zh).toContain(translate('zh-Hans', 'error.E_SIGNATURE'));
    const en = quarantineNote('x.longmai-packet', error, 'en', '2026-01-01T00:00:00.000Z');
    expect(en.split(translate('en', 'error.E_SIGNATURE')).length).toBe(2);
  });
});

describe('sync view helpers', () => {
  it('word empty, boolean and long values for people', () => {
    expect(formatValue(t, '')).toBe('(empty)');
    expect(formatValue(t, null)).toBe('(empty)');
    expect(formatValue(t, true)).toBe('yes');
    expect(formatValue(t, 12)).toBe('12');
    expect(formatValue(t, 'x'.repeat(200))).toHaveLength(118);
  });

  it('name known fields in the user’s language and show unknown ones as they are', () => {
    expect(fieldLabel(t, 'leadTimeWeeks')).toBe('Lead time (weeks)');
    expect(fieldLabel(t, 'mystery')).toBe('mystery');
  });

  it('list entity counts project first and leave out zeros', () => {
    expect(countRows({ link: 2, node: 0, project: 1 })).toEqual([
      { entity: 'project', count: 1 },
      { entity: 'link', count: 2 },
    ]);
  });

  it('count the conflicts that badge each need node', () => {
    const conflict = (id: string, nodeIds: string[]) => ({ id, nodeIds }) as ConflictRow;
    syncStore.setState({ conflicts: [conflict('c1', ['n1']), conflict('c2', ['n1', 'n2'])] });
    expect(conflictCountOf(syncStore.getState(), 'n1')).toBe(2);
    expect(conflictCountOf(syncStore.getState(), 'n3')).toBe(0);
  });
});

describe('a file dropped on the window', () => {
  it('travels as base64 when it is a packet', async () => {
    const file = new File([new Uint8Array([0, 1, 2, 250])], 'in.longmai-packet');
    await expect(readPacketFile(file)).resolves.toEqual({
      fileName: 'in.longmai-packet',
      bytesBase64: Buffer.from([0, 1, 2, 250]).toString('base64'),
    });
  });

  it('is refused, unread, when it is not a packet or too big to drop', async () => {
    await expect(readPacketFile(new File(['x'], 'notes.pdf'))).rejects.toMatchObject({
      code: 'E_NOT_A_PACKET',
      params: { fileName: 'notes.pdf' },
    });
    const huge = {
      name: 'big.longmai-packet',
      size: MAX_DROPPED_PACKET_BYTES + 1,
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    } as unknown as File;
    await expect(readPacketFile(huge)).rejects.toMatchObject({ code: 'E_TOO_LARGE' });
  });
});
