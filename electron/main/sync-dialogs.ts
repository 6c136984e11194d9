import path from 'node:path';
import type { BaseWindow } from 'electron';
import type { PathPurpose } from '../../shared/ipc/contract.js';
import type { Locale } from '../../shared/i18n/locales.js';
import { translate } from '../../shared/i18n/translate.js';
import type { PathChooser } from '../services/handlers/sync-paths.js';
import { PACKET_EXTENSION, PROJECT_EXTENSION } from '../services/exchange/names.js';
import type { Dialogs } from './dialogs.js';

export interface SyncDialogDeps {
  dialog: Dialogs;
  window: () => BaseWindow | null;
  locale: () => Promise<Locale>;
  documentsDir: string;
}

const TITLES = {
  'open-packet': 'dialog.openPacketTitle',
  'save-packet': 'dialog.savePacketTitle',
  'save-replica': 'dialog.saveReplicaTitle',
  'exchange-folder': 'dialog.exchangeFolderTitle',
} as const satisfies Record<PathPurpose, string>;

/** The user's own choice of file or folder for each dialog-backed sync method. */
export function createPathChooser(deps: SyncDialogDeps): PathChooser {
  return async ({ purpose, suggestedName }) => {
    const locale = await deps.locale();
    const title = translate(locale, TITLES[purpose]);
    const window = deps.window();
    const packets = [
      { name: translate(locale, 'dialog.packetFilter'), extensions: [PACKET_EXTENSION] },
    ];
    if (purpose === 'open-packet' || purpose === 'exchange-folder') {
      const options =
        purpose === 'open-packet'
          ? { title, filters: packets, properties: ['openFile' as const] }
          : { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const answer = window
        ? await deps.dialog.showOpenDialog(window, options)
        : await deps.dialog.showOpenDialog(options);
      const [first] = answer.filePaths;
      return answer.canceled || first === undefined ? null : first;
    }
    const replica = purpose === 'save-replica';
    const fallback = replica ? `project.${PROJECT_EXTENSION}` : `packet.${PACKET_EXTENSION}`;
    const options = {
      title,
      defaultPath: path.join(deps.documentsDir, suggestedName ?? fallback),
      filters: replica
        ? [{ name: translate(locale, 'dialog.projectFilter'), extensions: [PROJECT_EXTENSION] }]
        : packets,
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
    };
    const answer = window
      ? await deps.dialog.showSaveDialog(window, options)
      : await deps.dialog.showSaveDialog(options);
    return answer.canceled || !answer.filePath ? null : answer.filePath;
  };
}
