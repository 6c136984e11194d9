import { describe, expect, it, vi } from 'vitest';
import { withChosenPaths, type PathRequest } from '../../electron/services/handlers/sync-paths.js';
import type { ContractHandlers } from '../../shared/ipc/contract.js';
import { METHOD_NAMES } from '../../shared/ipc/methods.js';

function recordingHandlers() {
  const calls: { method: string; args: unknown }[] = [];
  const handlers = Object.fromEntries(
    METHOD_NAMES.map((method) => [
      method,
      (args: unknown) => {
        calls.push({ method, args });
        return Promise.resolve({ method });
      },
    ]),
  ) as unknown as ContractHandlers;
  return { handlers, calls };
}

describe('dialog-backed sync methods', () => {
  it('write where the user chose, whatever path the page sent', async () => {
    const { handlers, calls } = recordingHandlers();
    const asked: PathRequest[] = [];
    const wrapped = withChosenPaths(handlers, (request) => {
      asked.push(request);
      return Promise.resolve('/chosen/by/user.longmai-packet');
    });
    await wrapped['sync.exportPacket']({
      partyId: 'p1',
      destination: 'file',
      suggestedName: 'plan - p1.longmai-packet',
      path: '/etc/evil',
    });
    expect(asked).toEqual([{ purpose: 'save-packet', suggestedName: 'plan - p1.longmai-packet' }]);
    expect(calls).toEqual([
      {
        method: 'sync.exportPacket',
        args: {
          partyId: 'p1',
          destination: 'file',
          suggestedName: 'plan - p1.longmai-packet',
          path: '/chosen/by/user.longmai-packet',
        },
      },
    ]);
  });

  it('answer null without reaching the services when the user cancels', async () => {
    const { handlers, calls } = recordingHandlers();
    const wrapped = withChosenPaths(handlers, () => Promise.resolve(null));
    await expect(wrapped['sync.openPacket']({ path: '/tmp/x' })).resolves.toBeNull();
    await expect(
      wrapped['sync.join']({ token: 't1', fingerprint: 'AAAA-BBBB-CCCC-DDDD' }),
    ).resolves.toBeNull();
    await expect(wrapped['exchange.chooseFolder']({})).resolves.toBeNull();
    expect(calls).toEqual([]);
  });

  it('ask nothing for a packet going into the exchange folder, and drop any path sent', async () => {
    const { handlers, calls } = recordingHandlers();
    const choose = vi.fn(() => Promise.resolve('/never'));
    const wrapped = withChosenPaths(handlers, choose);
    await wrapped['sync.exportPacket']({ partyId: 'p1', destination: 'exchange', path: '/etc/x' });
    expect(choose).not.toHaveBeenCalled();
    expect(calls).toEqual([
      { method: 'sync.exportPacket', args: { partyId: 'p1', destination: 'exchange' } },
    ]);
  });

  it('leave every other method as it was', () => {
    const { handlers } = recordingHandlers();
    const wrapped = withChosenPaths(handlers, () => Promise.resolve(null));
    expect(wrapped['sync.applyPacket']).toBe(handlers['sync.applyPacket']);
    expect(wrapped['node.create']).toBe(handlers['node.create']);
  });
});
