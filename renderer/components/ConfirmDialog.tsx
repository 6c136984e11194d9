import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ConfirmDialogProps {
  title: string;
  message: ReactNode;
  detail?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal asking before something that cannot be undone. Focus starts on Cancel (the safe
 * answer), stays inside while open, Escape cancels, and focus returns where it was.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, message, detail, confirmLabel, cancelLabel, onConfirm, onCancel } = props;
  const titleId = useId();
  const messageId = useId();
  const cancelButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const previous = document.activeElement;
    cancelButton.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCancel();
      } else if (event.key === 'Tab') {
        // Two buttons: Tab and Shift+Tab both move to the other one.
        event.preventDefault();
        const next = document.activeElement === cancelButton.current ? confirmButton : cancelButton;
        next.current?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [onCancel]);

  return (
    <div className="modal-backdrop" data-testid="confirm-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        data-testid="confirm-dialog"
      >
        <h2 className="modal__title" id={titleId}>
          {title}
        </h2>
        <div id={messageId} className="modal__body">
          <p data-testid="confirm-message">{message}</p>
          {detail !== undefined && (
            <p className="modal__detail" data-testid="confirm-detail">
              {detail}
            </p>
          )}
        </div>
        <div className="modal__actions">
          <button
            type="button"
            className="button"
            ref={cancelButton}
            onClick={onCancel}
            data-testid="confirm-cancel"
          >
            {cancelLabel}
          </button>
          <button
            type="button"
            className="button button--danger-solid"
            ref={confirmButton}
            onClick={onConfirm}
            data-testid="confirm-ok"
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
