import type { AppState } from '../../store/types.js';
import { useAppStore } from '../../store/react.js';
import { overlayModel } from './overlay-model.js';
import { useOverlayMode, type OverlayMode } from './overlay-store.js';

/** The class a need node card adds for the current overlay ('' without one). */
export function overlayClass(state: AppState, id: string, mode: OverlayMode): string {
  if (mode === 'none') return '';
  const overlay = overlayModel(state).byNode.get(id);
  if (!overlay) return '';
  return mode === 'risk'
    ? `node-overlay node-overlay--risk-${overlay.severity ?? 'none'}`
    : `node-overlay node-overlay--stage-${overlay.tone}`;
}

/**
 * For a need node card: its overlay class, a plain string, so the card re-renders only when
 * its own colour changes.
 */
export function useNodeOverlay(id: string): string {
  const mode = useOverlayMode();
  return useAppStore((state) => overlayClass(state, id, mode));
}
