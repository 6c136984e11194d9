// Steps of starting the shell that need no wiring: the first project, the page, the displays.
import type { BrowserWindow, Screen } from 'electron';
import type { Services } from '../services/types.js';
import type { Rect } from './window-state.js';
import type { RendererLocation } from './renderer-location.js';

export interface StartupFailure {
  error: unknown;
  file?: string;
}

/** The file from the command line, else the last project, else the sample. */
export async function openFirstProject(
  services: Services,
  initialFile: string | null,
): Promise<StartupFailure[]> {
  const failures: StartupFailure[] = [];
  if (initialFile !== null) {
    try {
      await services.openProject(initialFile);
      return failures;
    } catch (error) {
      failures.push({ error, file: initialFile });
    }
  }
  try {
    await services.openLastOrSample();
  } catch (error) {
    failures.push({ error });
  }
  return failures;
}

export async function loadRenderer(
  window: BrowserWindow,
  location: RendererLocation,
): Promise<void> {
  if (location.kind === 'dev') await window.loadURL(location.url);
  else await window.loadFile(location.indexFile);
}

export function workAreasOf(screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>): Rect[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}
