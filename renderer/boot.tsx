import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/shell.css';
import './styles/overlays.css';
import './styles/screens.css';
import './styles/graph.css';
import './styles/need-node.css';
import './styles/inspector.css';
import './styles/overview.css';
import './styles/parties.css';
import './styles/qualification.css';
import './styles/board.css';
import './styles/timeline.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ApiClient } from './api.js';
import { App } from './features/shell/App.js';
import { NoApiScreen } from './features/shell/NoApiScreen.js';
import { localeFromLanguages } from './i18n/browser-locale.js';
import { createAppStore } from './store/create-store.js';
import { connectEvents } from './store/events.js';
import type { Opening } from './store/opening.js';
import { StoreProvider } from './store/react.js';

/** Renders the app on the client, taking the session and graph already asked for. */
export function boot(client: ApiClient | null, opening: Opening | null): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const root = createRoot(container);
  if (!client) {
    root.render(<NoApiScreen locale={localeFromLanguages(navigator.languages)} />);
    return;
  }
  const store = createAppStore(client);
  // Listen before the first load so a project switch during start-up is not missed.
  connectEvents(store, client);
  void store.getState().loadSession(opening ?? undefined);
  root.render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
