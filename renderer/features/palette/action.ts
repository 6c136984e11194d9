import type { MessageKey } from '../../../shared/i18n/index.js';
import type { AppStore } from '../../store/create-store.js';
import type { AppState } from '../../store/types.js';

export type ActionGroup = 'edit' | 'selection' | 'find' | 'layout' | 'view' | 'help';

/**
 * A user command as data (Excalidraw-style): the palette lists it, the shortcut sheet shows
 * its keys, and the keyboard runs it. One file per action under ./actions.
 */
export interface Action {
  id: string;
  labelKey: MessageKey;
  group: ActionGroup;
  /** Keys as `mod+shift+z` (`mod` is ⌘ on macOS, Ctrl elsewhere); the first is shown. */
  shortcut?: readonly string[];
  /**
   * The browser turns these keys into copy/cut/paste events, which the clipboard code
   * handles; the keyboard dispatcher leaves them alone so those events still fire.
   */
  nativeShortcut?: boolean;
  /** Whether it can run now; the palette greys it out and the keyboard skips it otherwise. */
  enabled?: (state: AppState) => boolean;
  /** Keyboard-only (the arrow nudges): left out of the palette, kept on the sheet. */
  paletteHidden?: boolean;
  perform: (store: AppStore, trigger?: Trigger) => void | Promise<void>;
}

/** How the action was started, for the few that vary with a modifier. */
export interface Trigger {
  shiftKey: boolean;
}

export const hasProject = (state: AppState): boolean => state.projectMeta !== null;
export const hasNodeSelection = (state: AppState): boolean => state.selectedNodeIds.length > 0;
export const hasSelection = (state: AppState): boolean =>
  state.selectedNodeIds.length > 0 || state.selectedEdgeIds.length > 0;
export const inGraph = (state: AppState): boolean => hasProject(state) && state.view === 'graph';
