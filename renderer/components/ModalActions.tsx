interface ModalActionsProps {
  cancelLabel: string;
  onCancel: () => void;
  confirmLabel: string;
  confirmTestId: string;
  onConfirm: () => void;
  disabled?: boolean;
  /** The confirm button warns: the change removes something. */
  danger?: boolean;
}

/** A modal form's two buttons: Cancel, then the one that applies the form. */
export function ModalActions(props: ModalActionsProps) {
  return (
    <>
      <button type="button" className="button" onClick={props.onCancel}>
        {props.cancelLabel}
      </button>
      <button
        type="button"
        className={props.danger ? 'button button--danger-solid' : 'button button--primary'}
        data-testid={props.confirmTestId}
        disabled={props.disabled}
        onClick={props.onConfirm}
      >
        {props.confirmLabel}
      </button>
    </>
  );
}
