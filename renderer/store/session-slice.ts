import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locales.js';
import type { ProjectInfo, SessionState } from '../../shared/ipc/contract.js';
import type { ApiClient } from '../api.js';
import type { SessionSlice, SliceCreator } from './types.js';

export function createSessionSlice(client: ApiClient): SliceCreator<SessionSlice> {
  return (set, get) => {
    const applySession = (session: SessionState): void => {
      set({
        locale: session.locale,
        project: session.project,
        recent: session.recent,
        sessionLoaded: true,
      });
    };

    /**
     * After a project opened: a different file starts from an empty graph; the same file
     * reloads in place so unchanged need nodes keep their identity.
     */
    const switchTo = async (info: ProjectInfo | null): Promise<void> => {
      if (info?.path !== get().project?.path) get().clearGraph();
      await get().loadSession();
    };

    return {
      switchTo,
      locale: DEFAULT_LOCALE,
      project: null,
      recent: [],
      sessionLoaded: false,

      async loadSession(opening) {
        try {
          applySession(await (opening?.session ?? client.call('session.get')));
        } catch (error) {
          set({ sessionLoaded: true });
          get().reportError(error);
          return;
        }
        if (get().project) await get().loadGraph(opening?.graph);
        else get().clearGraph();
      },

      async setLocale(locale: Locale) {
        const previous = get().locale;
        // Switch at once; the service remembers it. Roll back if it refuses.
        set({ locale });
        try {
          const session = await client.call('session.setLocale', { locale });
          set({ locale: session.locale, recent: session.recent });
        } catch (error) {
          set({ locale: previous });
          get().reportError(error);
        }
      },

      applyLocale(locale: Locale) {
        set({ locale });
      },

      async openSample() {
        try {
          await switchTo(await client.call('project.openSample'));
        } catch (error) {
          get().reportError(error);
        }
      },

      async openRecent(path: string) {
        try {
          await switchTo(await client.call('project.openRecent', { path }));
        } catch (error) {
          get().reportError(error);
        }
      },
    };
  };
}
