import { Suspense } from 'react';
import { useT } from '../../i18n/use-t.js';
import { selectProject, selectSessionLoaded, selectView } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import type { View } from '../../store/types.js';
import { DeleteConfirm } from '../graph/DeleteConfirm.js';
import { GraphScreen } from '../graph/GraphScreen.js';
import { CommandLayer } from '../palette/CommandLayer.js';
import { Overview } from '../overview/Overview.js';
import { QualificationLayer } from '../qualification/QualificationLayer.js';
import { SyncLayer } from '../sync/SyncLayer.js';
import { DocumentSync } from './DocumentSync.js';
import {
  BoardScreen,
  Dashboard,
  PartiesScreen,
  SyncScreen,
  TableScreen,
  TimelineScreen,
} from './lazy-views.js';
import { Sidebar } from './Sidebar.js';
import { StatusBar } from './StatusBar.js';
import { Toasts } from './Toasts.js';
import { Welcome } from './Welcome.js';

function Loading() {
  const t = useT();
  return <p className="loading muted">{t('app.loading')}</p>;
}

function lazyView(view: Exclude<View, 'graph' | 'overview'>) {
  if (view === 'dashboard') return <Dashboard />;
  if (view === 'parties') return <PartiesScreen />;
  if (view === 'board') return <BoardScreen />;
  if (view === 'timeline') return <TimelineScreen />;
  if (view === 'sync') return <SyncScreen />;
  return <TableScreen />;
}

function MainContent() {
  const loaded = useAppStore(selectSessionLoaded);
  const project = useAppStore(selectProject);
  const view = useAppStore(selectView);
  if (!loaded) return <Loading />;
  if (!project) return <Welcome />;
  if (view === 'graph') return <GraphScreen />;
  if (view === 'overview') return <Overview />;
  return <Suspense fallback={<Loading />}>{lazyView(view)}</Suspense>;
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
