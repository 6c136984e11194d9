import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bodyOf } from '../e2e/harness/static-server.js';

/** What a page reports of its window. */
export interface WindowSize {
  width: number;
  height: number;
  scale: number;
}

/** What the launcher page is told: open a page in a window of a size, or close the window. */
type Command = { open: string; width: number; height: number } | { close: true };

/**
 * The launcher page: it waits for the next command from the launcher server and opens a page
 * in a window of its own, or closes that window. It is served from `localhost`, a site apart
 * from the bench pages' 127.0.0.1, so each bench page gets a renderer process of its own.
 */
const LAUNCHER_PAGE = `<!doctype html><title>bench launcher</title><script>
(async () => {
  let opened = null;
  for (;;) {
    const command = await (await fetch('/next')).json();
    if (command.open) {
      opened = window.open(command.open, '_blank', 'width=' + command.width + ',height=' + command.height);
    } else {
      opened?.close();
      opened = null;
      await fetch('/closed');
    }
  }
})();
</script>`;

/** A page that reports the size of its window, to learn what size of window to ask for. */
const CALIBRATION_PAGE = `<!doctype html><title>bench calibration</title><script>
fetch('/size', { method: 'POST', body: JSON.stringify({ width: innerWidth, height: innerHeight, scale: devicePixelRatio }) });
</script>`;

export interface Launcher {
  /** The launcher page, for the browser to start with. */
  url: string;
  /** The calibration page, and the size it reports once opened. */
  calibrationUrl: string;
  nextSize(): Promise<WindowSize>;
  /** Has the launcher page open `url` in a window of this size. */
  open(url: string, size: { width: number; height: number }): void;
  /** Has the launcher page close that window; resolves once it has. */
  closeWindow(): Promise<void>;
  close(): Promise<void>;
}

/** The server of the launcher page, which drives a browser that has no DevTools session. */
export async function startLauncher(): Promise<Launcher> {
  const commands: Command[] = [];
  let waiting: ServerResponse | null = null;
  let onClosed: (() => void) | null = null;
  let onSize: ((size: WindowSize) => void) | null = null;
  const tell = (command: Command) => {
    if (waiting) waiting.end(JSON.stringify(command));
    else commands.push(command);
    waiting = null;
  };
  const server = createServer((request, response) => {
    response.setHeader('Cache-Control', 'no-store');
    const page = { '/': LAUNCHER_PAGE, '/calibrate': CALIBRATION_PAGE }[request.url ?? ''];
    if (page !== undefined) {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(page);
    } else if (request.url === '/next') {
      const command = commands.shift();
      if (command) response.end(JSON.stringify(command));
      else waiting = response;
    } else if (request.url === '/closed') {
      response.end();
      onClosed?.();
    } else if (request.url === '/size' && request.method === 'POST') {
      void bodyOf(request).then((body) => {
        response.end();
        onSize?.(JSON.parse(body) as WindowSize);
      });
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${String((server.address() as AddressInfo).port)}`;
  return {
    url: `${origin}/`,
    calibrationUrl: `${origin}/calibrate`,
    nextSize: () => new Promise((resolve) => (onSize = resolve)),
    open: (url, { width, height }) => tell({ open: url, width, height }),
    closeWindow() {
      const closed = new Promise<void>((resolve) => (onClosed = resolve));
      tell({ close: true });
      return closed;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

