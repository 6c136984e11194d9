import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import { EXTENSION_OF, type EvidenceMime } from '../../../shared/model/evidence.js';
import type { ProjectStore } from '../store/index.js';
import { cleanFileName } from './evidence.js';

/** A name the system opens with the right program: its own, plus the content's extension if it disagrees. */
export function openableName(fileName: string, mime: EvidenceMime): string {
  const name = cleanFileName(fileName);
  const extension = EXTENSION_OF[mime];
  const own = name.toLowerCase().split('.').pop();
  const fits =
    own === extension ||
    (mime === 'image/jpeg' && own === 'jpeg') ||
    (mime === 'application/x-ole-storage' && (own === 'doc' || own === 'xls' || own === 'ppt'));
  return fits ? name : `${name}.${extension}`;
}

/**
 * Write an evidence file to `<tmp>/longmai-evidence/<digest>/<name>` and return the path, so
 * the shell can hand it to the system viewer. The folder is named by content, so two files of
 * the same name never overwrite each other, and an unchanged copy is not written again.
 */
export function exportEvidence(
  store: ProjectStore,
  evidenceId: string,
  tempRoot: string = os.tmpdir(),
): string {
  const record = store.qualification.evidence(evidenceId);
  if (!record) {
    throw new LongmaiError('E_NOT_FOUND', `no evidence with id ${evidenceId}`, { id: evidenceId });
  }
  const bytes = store.qualification.blob(record.sha256);
  if (!bytes) {
    throw new LongmaiError(
      'E_EVIDENCE_NOT_HERE',
      `the bytes of ${record.fileName} are not in this project file yet`,
      { fileName: record.fileName },
    );
  }
  const folder = path.join(tempRoot, 'longmai-evidence', record.sha256.slice(0, 32));
  const target = path.join(folder, openableName(record.fileName, record.mime));
  fs.mkdirSync(folder, { recursive: true });
  if (!fs.existsSync(target) || fs.statSync(target).size !== bytes.length) {
    fs.writeFileSync(target, bytes);
  }
  return target;
}
