import { useEffect } from 'react';
import { useT } from '../../i18n/use-t.js';
import { selectLocale, selectProject } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';

/** Keeps `<html lang>` on the UI language and the window title on the project name. */
export function DocumentSync() {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const project = useAppStore(selectProject);
  const title = project ? t('app.windowTitle', { project: project.name }) : t('app.name');
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
