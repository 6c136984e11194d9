import './palette.css';
import { Suspense } from 'react';
import { useAppStore } from '../../store/react.js';
import type { AppState } from '../../store/types.js';
import { CommandPalette, ShortcutSheet } from '../shell/lazy-views.js';
import { useShortcuts } from './use-shortcuts.js';

const selectOverlay = (state: AppState) => state.overlay;

/** Keyboard shortcuts for the whole app, and the palette or shortcut sheet when asked for. */
export function CommandLayer() {
  useShortcuts();
  const overlay = useAppStore(selectOverlay);
  if (overlay !== 'palette' && overlay !== 'shortcuts') return null;
  return (
    <Suspense fallback={null}>
      {overlay === 'palette' ? <CommandPalette /> : <ShortcutSheet />}
    </Suspense>
  );
}
