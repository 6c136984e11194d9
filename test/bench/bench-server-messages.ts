export const BENCH_API_PATH = '/__bench_api';
/** The page a browser without DevTools opens: index.html with the BenchScripts in its head. */
export const BENCH_PAGE_PATH = '/__bench_page.html';
/** Where that page reports, with a POST of its time, that it is interactive. */
export const BENCH_READY_PATH = '/__bench_ready';

/** Scripts the bench page loads before the app's own, served from the paths named here. */
export interface BenchScripts {
  /** `window.api` over BENCH_API_PATH; absent for a page that makes no contract calls. */
  '/__bench_bridge.js'?: string;
  /** Reports to BENCH_READY_PATH once the page is interactive. */
  '/__bench_probe.js': string;
}

/** What the server thread is started with. */
export interface BenchServerData {
  rootDir: string;
  scripts: BenchScripts;
}

/** A contract call from the server thread: the request body, `{ method, arg }` as JSON. */
export interface ServiceCall {
  id: number;
  body: string;
}

/** The call's result (a contract Result) as JSON. */
export interface ServiceReply {
  id: number;
  body: string;
}

/** What a bench page reports once interactive: the time from its navigation start, its size. */
export interface InteractiveReport {
  interactiveAt: number;
  width: number;
  height: number;
}

/** From the server thread: the port it listens on, or a bench page's report. */
export type ServerNews = { port: number } | { report: InteractiveReport };

/** The report in a request body, or null when it is not one. */
export function parseReport(body: string): InteractiveReport | null {
  try {
    const { interactiveAt, width, height } = JSON.parse(body) as Record<string, unknown>;
    const numbers = [interactiveAt, width, height];
    if (!numbers.every((value) => typeof value === 'number' && Number.isFinite(value))) return null;
    return { interactiveAt, width, height } as InteractiveReport;
  } catch {
    return null;
  }
}
