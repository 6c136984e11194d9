import { describe, expect, it, vi } from 'vitest';
import { withEvidenceOpening } from '../../electron/main/evidence-open.js';
import type { ContractHandlers } from '../../shared/ipc/contract.js';
import { LongmaiError } from '../../shared/ipc/errors.js';

const exported = '/tmp/longmai-evidence/abc/report.pdf';
const handlers = {
  'evidence.open': vi.fn(() => Promise.resolve({ path: exported })),
} as unknown as ContractHandlers;

describe('opening evidence from the app', () => {
  it('hands the file the services wrote out to the system viewer', async () => {
    const shell = { openPath: vi.fn(() => Promise.resolve('')) };
    const opened = await withEvidenceOpening(handlers, shell)['evidence.open']({
      evidenceId: 'e1',
    });
    expect(opened).toEqual({ path: exported });
    expect(shell.openPath).toHaveBeenCalledWith(exported);
  });

  it('says which file could not be opened when the system has no viewer for it', async () => {
    const shell = { openPath: vi.fn(() => Promise.resolve('no application')) };
    const failure = withEvidenceOpening(handlers, shell)['evidence.open']({ evidenceId: 'e1' });
    await expect(failure).rejects.toBeInstanceOf(LongmaiError);
    await expect(failure).rejects.toMatchObject({
      code: 'E_EVIDENCE_UNREADABLE',
      params: { fileName: 'report.pdf' },
    });
  });
});
