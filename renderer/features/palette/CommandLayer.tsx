import './palette.css';
import { useAppStore } from '../../store/react.js';
import type { AppState } from '../../store/types.js';
import { CommandPalette } from './CommandPalette.js';
import { ShortcutSheet } from './ShortcutSheet.js';
import { useShortcuts } from './use-shortcuts.js';

const selectOverlay = (state: AppState) => state.overlay;

/** Keyboard shortcuts for the whole app, and the palette or shortcut sheet when asked for. */
export function CommandLayer() {
  useShortcuts();
  const overlay = useAppStore(selectOverlay);
  if (overlay === 'palette') return <CommandPalette />;
  if (overlay === 'shortcuts') return <ShortcutSheet />;
  return null;
}
