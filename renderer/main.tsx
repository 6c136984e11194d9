// First: zod must be told not to probe for eval before any schema is built (see the module).
import './zod-jitless.js';
import { createApiClient, readWindowApi } from './api.js';
import { overviewWorker } from './features/graph/overview/overview-worker.js';
import { startOpening } from './store/opening.js';

// Ask for the session and the open project's graph before loading the app's code: the
// services read them while that code is fetched and evaluated, instead of after. The overview
// worker, which draws the opened graph's first picture, starts now for the same reason.
const api = readWindowApi();
const client = api ? createApiClient(api) : null;
const opening = client ? startOpening(client) : null;
if (client) overviewWorker();
void import('./boot.js').then(({ boot }) => {
  boot(client, opening);
});
