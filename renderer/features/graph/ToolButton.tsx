import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { useT } from '../../i18n/use-t.js';
import type { Action } from '../palette/action.js';
import { formatShortcut, isMacPlatform } from '../palette/shortcut.js';

interface ToolButtonProps {
  action: Action;
  /** Shown on the button; the action's label (with its shortcut) is the tooltip either way. */
  text?: string;
  variant?: 'primary' | 'danger';
  pressed?: boolean;
}

/** A toolbar button that runs an action, disabled when the action cannot run now. */
export function ToolButton({ action, text, variant, pressed }: ToolButtonProps) {
  const t = useT();
  const store = useAppStoreApi();
  const enabled = useAppStore((state) => (action.enabled ? action.enabled(state) : true));
  const label = t(action.labelKey);
  const shortcut = action.shortcut?.[0];
  const title = shortcut ? `${label} (${formatShortcut(shortcut, isMacPlatform())})` : label;
  return (
    <button
      type="button"
      className={variant ? `button button--${variant}` : 'button'}
      title={title}
      aria-label={text === undefined ? label : undefined}
      aria-pressed={pressed}
      disabled={!enabled}
      data-testid={`action-${action.id}`}
      onClick={() => void action.perform(store)}
    >
      {text ?? label}
    </button>
  );
}
