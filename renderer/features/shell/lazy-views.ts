import { lazy } from 'react';

/**
 * Views and dialogs that opening a project does not show. Each is its own chunk, fetched when
 * first shown, so the code evaluated before the graph appears is only what the graph needs.
 * Not fetched ahead when idle: their stylesheets restyle the whole window as they arrive.
 */
const loaders = {
  parties: () => import('../parties/PartiesScreen.js').then((m) => ({ default: m.PartiesScreen })),
  board: () =>
    import('../qualification/board/BoardScreen.js').then((m) => ({ default: m.BoardScreen })),
  timeline: () =>
    import('../qualification/timeline/TimelineScreen.js').then((m) => ({
      default: m.TimelineScreen,
    })),
  sync: () => import('../sync/SyncScreen.js').then((m) => ({ default: m.SyncScreen })),
  table: () => import('../table/TableScreen.js').then((m) => ({ default: m.TableScreen })),
  move: () =>
    import('../qualification/move/MoveDialog.js').then((m) => ({ default: m.MoveDialog })),
  syncDialogs: () => import('../sync/SyncDialogs.js').then((m) => ({ default: m.SyncDialogs })),
  palette: () =>
    import('../palette/CommandPalette.js').then((m) => ({ default: m.CommandPalette })),
  shortcuts: () =>
    import('../palette/ShortcutSheet.js').then((m) => ({ default: m.ShortcutSheet })),
};

export const PartiesScreen = lazy(loaders.parties);
export const BoardScreen = lazy(loaders.board);
export const TimelineScreen = lazy(loaders.timeline);
export const SyncScreen = lazy(loaders.sync);
export const TableScreen = lazy(loaders.table);
export const MoveDialog = lazy(loaders.move);
export const SyncDialogs = lazy(loaders.syncDialogs);
export const CommandPalette = lazy(loaders.palette);
export const ShortcutSheet = lazy(loaders.shortcuts);
