import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** What the graph colours need nodes by: their kind (no overlay), their risk, or their stage. */
export const OVERLAY_MODES = ['none', 'risk', 'stage'] as const;
export type OverlayMode = (typeof OVERLAY_MODES)[number];

interface OverlayState {
  mode: OverlayMode;
  setMode: (mode: OverlayMode) => void;
}

/**
 * The overlay choice is a view setting of the graph alone, so it lives in this small store
 * beside the feature rather than in the app store's slices.
 */
export const overlayStore = createStore<OverlayState>()((set) => ({
  mode: 'none',
  setMode: (mode) => set({ mode }),
}));

const selectMode = (state: OverlayState) => state.mode;

export function useOverlayMode(): OverlayMode {
  return useStore(overlayStore, selectMode);
}
