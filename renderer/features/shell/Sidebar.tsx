import { Logo } from '../../components/Logo.js';
import { useT } from '../../i18n/use-t.js';
import { selectProject, selectView } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import type { View } from '../../store/types.js';
import { LanguageSelect } from './LanguageSelect.js';

/** Only views that work are listed. */
const VIEWS: readonly {
  view: View;
  key:
    | 'nav.graph'
    | 'nav.overview'
    | 'nav.table'
    | 'nav.dashboard'
    | 'nav.parties'
    | 'nav.board'
    | 'nav.timeline'
    | 'nav.sync';
  glyph: string;
}[] = [
  { view: 'graph', key: 'nav.graph', glyph: '◇' },
  { view: 'table', key: 'nav.table', glyph: '☰' },
  { view: 'overview', key: 'nav.overview', glyph: '▤' },
  { view: 'dashboard', key: 'nav.dashboard', glyph: '◔' },
  { view: 'parties', key: 'nav.parties', glyph: '◎' },
  { view: 'board', key: 'nav.board', glyph: '▦' },
  { view: 'timeline', key: 'nav.timeline', glyph: '⋯' },
  { view: 'sync', key: 'nav.sync', glyph: '⇄' },
];

export function Sidebar() {
  const t = useT();
  const store = useAppStoreApi();
  const project = useAppStore(selectProject);
  const current = useAppStore(selectView);
  return (
    <div className="sidebar">
      <div className="sidebar__brand">
        <Logo />
        <span className="sidebar__app-name">{t('app.name')}</span>
      </div>
      {project && (
        <>
          <h1 className="sidebar__project" title={project.path} data-testid="project-title">
            {project.name}
          </h1>
          <nav aria-label={t('nav.label')}>
            <ul className="nav">
              {VIEWS.map(({ view, key, glyph }) => (
                <li key={view}>
                  <button
                    type="button"
                    className="nav__item"
                    aria-current={current === view ? 'page' : undefined}
                    data-testid={`nav-${view}`}
                    onClick={() => store.getState().setView(view)}
                  >
                    <span className="nav__glyph" aria-hidden="true">
                      {glyph}
                    </span>
                    {t(key)}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        </>
      )}
      <div className="sidebar__spacer" />
      <section className="sidebar__settings" aria-labelledby="settings-title">
        <h2 className="sidebar__heading" id="settings-title">
          {t('settings.title')}
        </h2>
        <LanguageSelect />
      </section>
    </div>
  );
}
