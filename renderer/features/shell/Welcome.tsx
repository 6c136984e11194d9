import { ReadyMarker } from '../../components/ReadyMarker.js';
import { useT } from '../../i18n/use-t.js';
import { selectRecent } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';

/** Shown when no project is open: the sample, or a recent file. */
export function Welcome() {
  const t = useT();
  const store = useAppStoreApi();
  const recent = useAppStore(selectRecent);
  return (
    <div className="welcome" data-testid="welcome">
      <ReadyMarker />
      <h1 className="welcome__title">{t('welcome.title')}</h1>
      <p className="muted">{t('welcome.body')}</p>
      <button
        type="button"
        className="button button--primary"
        data-testid="open-sample"
        onClick={() => void store.getState().openSample()}
      >
        {t('welcome.openSample')}
      </button>
      <h2 className="welcome__heading">{t('welcome.recent')}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t('welcome.noRecent')}</p>
      ) : (
        <ul className="welcome__recent">
          {recent.map((project) => (
            <li key={project.path}>
              <button
                type="button"
                className="link-button"
                title={project.path}
                data-testid="recent-project"
                onClick={() => void store.getState().openRecent(project.path)}
              >
                {project.name}
              </button>
              <span className="muted welcome__path">{project.path}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
