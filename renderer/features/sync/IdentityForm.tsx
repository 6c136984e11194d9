import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t.js';

interface IdentityFormProps {
  intro: ReactNode;
  /** The name the field starts with. */
  initialName: string;
  busy: boolean;
  onCreate: (name: string) => void;
  inputTestId: string;
  createTestId: string;
  /** The create button is the card's main action (not one step of a bigger view). */
  primary?: boolean;
}

/** Create this installation's identity under a name: the same form wherever it is asked for. */
export function IdentityForm(props: IdentityFormProps) {
  const t = useT();
  const [name, setName] = useState(props.initialName);
  const trimmed = name.trim();
  return (
    <form
      className="identity-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed) props.onCreate(trimmed);
      }}
    >
      <p>{props.intro}</p>
      <label className="field">
        <span className="field__label">{t('sync.identity.name')}</span>
        <input
          className="field__input"
          value={name}
          maxLength={200}
          data-testid={props.inputTestId}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <button
        type="submit"
        className={props.primary ? 'button button--primary' : 'button'}
        disabled={props.busy || trimmed === ''}
        data-testid={props.createTestId}
      >
        {t('sync.identity.create')}
      </button>
    </form>
  );
}
