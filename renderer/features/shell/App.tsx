import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/use-t.js';
import { selectProject, selectSessionLoaded, selectView } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import { DeleteConfirm } from '../graph/DeleteConfirm.js';
import { GraphScreen } from '../graph/GraphScreen.js';
import { CommandLayer } from '../palette/CommandLayer.js';
import { TableScreen } from '../table/TableScreen.js';
import { Overview } from '../overview/Overview.js';
import { PartiesScreen } from '../parties/PartiesScreen.js';
import { BoardScreen } from '../qualification/board/BoardScreen.js';
import { QualificationLayer } from '../qualification/QualificationLayer.js';
import { TimelineScreen } from '../qualification/timeline/TimelineScreen.js';
import { SyncLayer } from '../sync/SyncLayer.js';
import { SyncScreen } from '../sync/SyncScreen.js';
import { DocumentSync } from './DocumentSync.js';
import { Sidebar } from './Sidebar.js';
import { StatusBar } from './StatusBar.js';
import { Toasts } from './Toasts.js';
import { Welcome } from './Welcome.js';

// Loaded when first shown: its charting library is a third of the app's code, and evaluating
// it up front delayed opening a project.
const Dashboard = lazy(() =>
  import('../dashboard/Dashboard.js').then((module) => ({ default: module.Dashboard })),
);

function Loading() {
  const t = useT();
  return <p className="loading muted">{t('app.loading')}</p>;
}

function MainContent() {
  const loaded = useAppStore(selectSessionLoaded);
  const project = useAppStore(selectProject);
  const view = useAppStore(selectView);
  if (!loaded) return <Loading />;
  if (!project) return <Welcome />;
  if (view === 'dashboard') {
    return (
      <Suspense fallback={<Loading />}>
        <Dashboard />
      </Suspense>
    );
  }
  if (view === 'parties') return <PartiesScreen />;
  if (view === 'board') return <BoardScreen />;
  if (view === 'timeline') return <TimelineScreen />;
  if (view === 'sync') return <SyncScreen />;
  if (view === 'table') return <TableScreen />;
  return view === 'graph' ? <GraphScreen /> : <Overview />;
}

/** The app shell: sidebar, the current view, status bar, messages and the delete dialog. */
export function App() {
  const project = useAppStore(selectProject);
  return (
    <div className="app" data-testid="app">
      <DocumentSync />
      <Sidebar />
      <main className="app__main">
        <div className="app__view">
          <MainContent />
        </div>
        {project && <StatusBar />}
      </main>
      <Toasts />
      <DeleteConfirm />
      <QualificationLayer />
      <SyncLayer />
      <CommandLayer />
    </div>
  );
}
