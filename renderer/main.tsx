// First: zod must be told not to probe for eval before any schema is built (see the module).
import './zod-jitless.js';
import { createApiClient, readWindowApi } from './api.js';
import { primeOpeningOverview } from './features/graph/overview/opening-overview.js';
import { overviewWorker } from './features/graph/overview/overview-worker.js';
import { startOpening } from './store/opening.js';

// The app's code is asked for first, then the session and the open project's graph: the
// services read them while that code is fetched and evaluated, instead of after, and the
// code's many small files are not left waiting behind the graph's one large answer. The
// overview worker, which draws the opened graph's first picture, starts now for the same reason.
const booting = import('./boot.js');
const api = readWindowApi();
const client = api ? createApiClient(api) : null;
const opening = client ? startOpening(client) : null;
if (client) overviewWorker();
// The opened graph's drawing data is made as soon as the graph is, while the code compiles.
// A refusal is the store's to report (store/opening.ts).
void opening?.graph.then(
  (graph) => {
    if (graph) {
      const { contents, snapshot, edgeEnds } = graph;
      primeOpeningOverview({ ...contents, edgeList: snapshot.edges, edgeEnds });
    }
  },
  () => undefined,
);
void booting.then(({ boot }) => {
  boot(client, opening);
});
