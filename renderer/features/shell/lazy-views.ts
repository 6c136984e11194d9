import { lazy } from 'react';

// Views and dialogs that opening a project does not show. Each is its own chunk, fetched when
// first shown, so the code evaluated before the graph appears is only what the graph needs.
// Not fetched ahead when idle: their stylesheets restyle the whole window as they arrive.

/** Its charting library is a third of the app's code. */
export const Dashboard = lazy(() =>
  import('../dashboard/Dashboard.js').then((m) => ({ default: m.Dashboard })),
);
export const PartiesScreen = lazy(() =>
  import('../parties/PartiesScreen.js').then((m) => ({ default: m.PartiesScreen })),
);
export const BoardScreen = lazy(() =>
  import('../qualification/board/BoardScreen.js').then((m) => ({ default: m.BoardScreen })),
);
export const TimelineScreen = lazy(() =>
  import('../qualification/timeline/TimelineScreen.js').then((m) => ({
    default: m.TimelineScreen,
  })),
);
export const SyncScreen = lazy(() =>
  import('../sync/SyncScreen.js').then((m) => ({ default: m.SyncScreen })),
);
export const TableScreen = lazy(() =>
  import('../table/TableScreen.js').then((m) => ({ default: m.TableScreen })),
);
export const MoveDialog = lazy(() =>
  import('../qualification/move/MoveDialog.js').then((m) => ({ default: m.MoveDialog })),
);
export const SyncDialogs = lazy(() =>
  import('../sync/SyncDialogs.js').then((m) => ({ default: m.SyncDialogs })),
);
export const CommandPalette = lazy(() =>
  import('../palette/CommandPalette.js').then((m) => ({ default: m.CommandPalette })),
);
export const ShortcutSheet = lazy(() =>
  import('../palette/ShortcutSheet.js').then((m) => ({ default: m.ShortcutSheet })),
);
