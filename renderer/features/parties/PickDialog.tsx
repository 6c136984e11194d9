import { useId, useState, type ReactNode } from 'react';
import { Modal } from '../../components/Modal.js';
import { ModalActions } from '../../components/ModalActions.js';
import { useT } from '../../i18n/use-t.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import type { Outcome } from '../../store/qualification-types.js';
import { errorText } from '../qualification/error-text.js';

export interface PickOption {
  value: string;
  label: string;
}

interface PickDialogProps {
  title: string;
  /** Prefix of the test ids: `<name>-dialog`, `<name>-confirm`, `<name>-error`. */
  name: string;
  selectTestId: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** An empty first choice, for a dialog that starts with nothing picked. */
  placeholder?: string;
  options: readonly PickOption[];
  confirmLabel: string;
  /** The confirm button warns: the change removes something. */
  danger?: boolean;
  /** The change; a refusal stays in the dialog, in the user's language. */
  onConfirm: () => Promise<Outcome>;
  onClose: () => void;
  children?: ReactNode;
}

/** A dialog that picks one item from a list and applies one change with it. */
export function PickDialog(props: PickDialogProps) {
  const { name, value, onClose } = props;
  const t = useT();
  const locale = useAppStore(selectLocale);
  const selectId = useId();
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    const outcome = await props.onConfirm();
    if (outcome) setProblem(errorText(locale, outcome));
    else onClose();
  };

  return (
    <Modal
      title={props.title}
      testId={`${name}-dialog`}
      onClose={onClose}
      actions={
        <ModalActions
          cancelLabel={t('confirm.cancel')}
          onCancel={onClose}
          confirmLabel={props.confirmLabel}
          confirmTestId={`${name}-confirm`}
          disabled={value === ''}
          danger={props.danger}
          onConfirm={() => void confirm()}
        />
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {props.label}
        </label>
        <select
          id={selectId}
          className="select"
          value={value}
          data-testid={props.selectTestId}
          onChange={(event) => props.onChange(event.target.value)}
        >
          {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {props.children}
      {problem !== null && (
        <p className="form-error" role="alert" data-testid={`${name}-error`}>
          {problem}
        </p>
      )}
    </Modal>
  );
}
