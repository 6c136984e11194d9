import path from 'node:path';
import type { Shell } from 'electron';
import type { ContractHandlers } from '../../shared/ipc/contract.js';
import { LongmaiError } from '../../shared/ipc/errors.js';

/**
 * `evidence.open` in the app: the services write the file out (they never touch 'electron'),
 * then the shell hands it to the system's viewer. Everything else passes through unchanged,
 * so the contract stays the one list of methods.
 */
export function withEvidenceOpening(
  handlers: ContractHandlers,
  shell: Pick<Shell, 'openPath'>,
): ContractHandlers {
  return {
    ...handlers,
    'evidence.open': async (args) => {
      const result = await handlers['evidence.open'](args);
      const failure = await shell.openPath(result.path);
      if (failure !== '') {
        throw new LongmaiError('E_EVIDENCE_UNREADABLE', `cannot open ${result.path}: ${failure}`, {
          fileName: path.basename(result.path),
        });
      }
      return result;
    },
  };
}
