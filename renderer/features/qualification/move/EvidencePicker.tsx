import { useId, useRef } from 'react';
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from '../../../../shared/model/evidence.js';
import { useT } from '../../../i18n/use-t.js';
import { formatSize } from './evidence-files.js';

/** A hint for the file chooser only: the services judge each file by its content. */
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt';

interface EvidencePickerProps {
  files: readonly File[];
  onChange: (files: File[]) => void;
}

/** Evidence files for a stage move: chosen, listed with their sizes, removable before saving. */
export function EvidencePicker({ files, onChange }: EvidencePickerProps) {
  const t = useT();
  const labelId = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="field evidence-picker" role="group" aria-labelledby={labelId}>
      <span className="field__label" id={labelId}>
        {t('move.evidence')}
      </span>
      {/* The browser's own file control words itself in the browser's language; ours is worded by the catalogs. */}
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        tabIndex={-1}
        className="visually-hidden"
        aria-hidden="true"
        data-testid="move-evidence"
        onChange={(event) => {
          const chosen = [...(event.target.files ?? [])];
          onChange([...files, ...chosen].slice(0, MAX_EVIDENCE_FILES));
          event.target.value = '';
        }}
      />
      <div className="evidence-picker__row">
        <button
          type="button"
          className="button"
          data-testid="move-evidence-choose"
          disabled={files.length >= MAX_EVIDENCE_FILES}
          onClick={() => input.current?.click()}
        >
          {t('move.chooseFiles')}
        </button>
        {files.length === 0 && <span className="muted">{t('move.noFiles')}</span>}
      </div>
      <p className="hint">
        {t('move.evidenceHint', { limitMb: MAX_EVIDENCE_BYTES / (1024 * 1024) })}
      </p>
      {files.length > 0 && (
        <ul className="file-list" data-testid="move-files">
          {files.map((file, index) => (
            <li key={`${file.name}-${String(index)}`} className="file-list__item">
              <span className="file-list__name">{file.name}</span>
              <span className="muted">{formatSize(file.size)}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('move.removeFile', { name: file.name })}
                onClick={() => onChange(files.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
