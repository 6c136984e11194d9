import fs from 'node:fs';
import path from 'node:path';
import type { ContractError } from '../../../shared/ipc/errors.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import { isMessageKey, translate } from '../../../shared/i18n/translate.js';
import { freeName } from './files.js';

export const QUARANTINE_DIR = 'quarantine';

function reasonIn(locale: Locale, error: ContractError): string {
  const key = `error.${error.code}`;
  if (!isMessageKey(key)) return error.message;
  return translate(locale, key, { message: error.message, ...error.params });
}

/** The note beside a quarantined packet: the code, and the reason in English and the user's language. */
export function quarantineNote(
  fileName: string,
  error: ContractError,
  locale: Locale,
  atIso: string,
): string {
  const lines = [
    `Longmai did not import this packet and moved it here.`,
    ``,
    `File: ${fileName}`,
    `Time: ${atIso}`,
    `Code: ${error.code}`,
    `Reason: ${reasonIn('en', error)}`,
    `Detail: ${error.message}`,
  ];
  if (locale !== 'en') {
    lines.push('', `${translate(locale, 'sync.quarantineNoteReason')}: ${reasonIn(locale, error)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Move a refused packet into `quarantine/` beside it (never deleting it: it is evidence) and
 * write `<name>.txt` saying why. Returns the packet's new path.
 */
export function quarantine(
  file: string,
  error: ContractError,
  locale: Locale,
  atIso: string,
): string {
  const dir = path.join(path.dirname(file), QUARANTINE_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const name = freeName(dir, path.basename(file));
  const target = path.join(dir, name);
  fs.renameSync(file, target);
  fs.writeFileSync(`${target}.txt`, quarantineNote(path.basename(file), error, locale, atIso));
  return target;
}
