import { layoutGraph } from '../features/graph/layout/elk-layout.js';
import { hostLayout } from './layout-host.js';

// ELK's layered layout, up to ELK_MAX_NODES need nodes (protocol.ts). Its 1.4 MB bundle is
// compiled only by this worker, so a big layout does not pay for it.
hostLayout('elk', (nodes, edges, onPhase) => {
  onPhase('layering');
  return layoutGraph(nodes, edges);
});
