import path from 'node:path';
import type { BaseWindow, Dialog } from 'electron';
import type { ContractError } from '../../shared/ipc/errors.js';
import type { Locale } from '../../shared/i18n/locales.js';
import { isMessageKey, translate } from '../../shared/i18n/translate.js';
import { SHELL_ONLY_LABELS } from './menu-labels.js';

export type Dialogs = Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>;

export const PROJECT_EXTENSION = 'longmai';

export function withProjectExtension(file: string): string {
  return path.extname(file).toLowerCase() === `.${PROJECT_EXTENSION}`
    ? file
    : `${file}.${PROJECT_EXTENSION}`;
}

/** The project's name as the user typed it in the save dialog. */
export function projectNameOf(file: string): string {
  return path.basename(file, path.extname(file)).trim() || path.basename(file);
}

function filters(locale: Locale) {
  return [{ name: translate(locale, 'dialog.projectFilter'), extensions: [PROJECT_EXTENSION] }];
}

/** The error in the user's language, naming the file concerned when there is one. */
export function describeError(
  locale: Locale,
  error: ContractError,
  file: string | undefined,
): string {
  const key = `error.${error.code}`;
  if (!isMessageKey(key)) return error.message;
  return translate(locale, key, {
    message: error.message,
    ...(file === undefined ? {} : { path: file }),
    ...error.params,
  });
}

/** Where to create a new project, or null when the user cancels. */
export async function askNewProjectPath(
  dialog: Dialogs,
  window: BaseWindow | null,
  locale: Locale,
  documentsDir: string,
): Promise<string | null> {
  const untitled = translate(locale, 'menu.newProjectName');
  const options = {
    title: translate(locale, 'dialog.newTitle'),
    defaultPath: path.join(documentsDir, `${untitled}.${PROJECT_EXTENSION}`),
    filters: filters(locale),
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const answer = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options);
  return answer.canceled || !answer.filePath ? null : withProjectExtension(answer.filePath);
}

/** Which project file to open, or null when the user cancels. */
export async function askProjectToOpen(
  dialog: Dialogs,
  window: BaseWindow | null,
  locale: Locale,
): Promise<string | null> {
  const options = {
    title: translate(locale, 'dialog.openTitle'),
    filters: filters(locale),
    properties: ['openFile' as const],
  };
  const answer = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  const [first] = answer.filePaths;
  return answer.canceled || first === undefined ? null : first;
}

/** A modal message in the user's language, with the file concerned as detail. */
export async function showErrorBox(
  dialog: Dialogs,
  window: BaseWindow | null,
  locale: Locale,
  error: ContractError,
  file: string | undefined,
): Promise<void> {
  const title = translate(locale, 'dialog.errorTitle');
  const options = {
    type: 'error' as const,
    title,
    message: title,
    detail: describeError(locale, error, file),
    buttons: [SHELL_ONLY_LABELS[locale].ok],
  };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}
