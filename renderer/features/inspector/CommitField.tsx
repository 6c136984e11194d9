import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import type { MessageKey } from '../../../shared/i18n/index.js';
import { useT } from '../../i18n/use-t.js';

interface CommitFieldProps {
  label: string;
  value: string;
  testId: string;
  multiline?: boolean;
  inputMode?: 'text' | 'decimal';
  inputRef?: Ref<HTMLInputElement>;
  /** A message key when the draft is not acceptable; nothing is saved then. */
  validate?: (draft: string) => MessageKey | null;
  onCommit: (draft: string) => void;
}

/**
 * A text field that saves when the user leaves it or presses Enter (Ctrl+Enter in a multi-line
 * field), and reverts on Escape. It follows the stored value when that changes elsewhere.
 */
export function CommitField(props: CommitFieldProps) {
  const {
    label,
    value,
    testId,
    multiline = false,
    inputMode,
    inputRef,
    validate,
    onCommit,
  } = props;
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  if (shown !== value) {
    // The stored value changed (saved, or edited elsewhere): show it.
    setShown(value);
    setDraft(value);
    setProblem(null);
  }

  const commit = () => {
    const found = validate?.(draft) ?? null;
    setProblem(found);
    if (found === null && draft !== value) onCommit(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      setDraft(value);
      setProblem(null);
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  };
  const common = {
    id,
    value: draft,
    className: 'field__input',
    'aria-invalid': problem !== null,
    'aria-describedby': problem ? `${id}-problem` : undefined,
    'data-testid': testId,
    onBlur: commit,
    onKeyDown,
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input
          {...common}
          ref={inputRef}
          type="text"
          inputMode={inputMode}
          onChange={(event) => setDraft(event.target.value)}
        />
      )}
      {problem && (
        <p
          className="field__problem"
          id={`${id}-problem`}
          role="alert"
          data-testid={`${testId}-error`}
        >
          {t(problem)}
        </p>
      )}
    </div>
  );
}
