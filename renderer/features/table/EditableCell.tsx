import { useState, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../../shared/i18n/index.js';
import { useT } from '../../i18n/use-t.js';

interface EditableCellProps {
  value: string;
  label: string;
  testId: string;
  validate: (draft: string) => MessageKey | null;
  onCommit: (draft: string) => void;
}

/** A table cell edited in place: double-click or Enter to edit, Enter saves, Escape reverts. */
export function EditableCell({ value, label, testId, validate, onCommit }: EditableCellProps) {
  const t = useT();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const commit = () => {
    if (draft === null) return;
    const found = validate(draft);
    setProblem(found);
    if (found) return;
    if (draft !== value) onCommit(draft);
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') {
      setDraft(null);
      setProblem(null);
    }
    event.stopPropagation();
  };
  if (draft === null) {
    return (
      <div
        className="table-cell__text"
        tabIndex={0}
        title={value}
        data-testid={testId}
        onDoubleClick={() => setDraft(value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'F2') setDraft(value);
        }}
      >
        {value}
      </div>
    );
  }
  return (
    <div className="table-cell__editor">
      <input
        className="field__input table-cell__input"
        autoFocus
        value={draft}
        aria-label={label}
        aria-invalid={problem !== null}
        data-testid={`${testId}-input`}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {problem && (
        <p className="table-cell__problem" role="alert" data-testid={`${testId}-error`}>
          {t(problem)}
        </p>
      )}
    </div>
  );
}
