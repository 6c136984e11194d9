import type { BenchEntry } from '../entry.js';
import { drag20k } from './drag-20k.js';
import { heap20k } from './heap-20k.js';
import { layout10k } from './layout-10k.js';
import { metrics20k } from './metrics-20k.js';
import { open10k } from './open-10k.js';
import { open20k } from './open-20k.js';
import { overview5k } from './overview-5k.js';
import { packetExport20k, packetImport100k } from './packet-sync.js';
import { pan20k } from './pan-20k.js';
import { undoPaste1k } from './undo-paste-1k.js';

/** Every bench entry, in the order they run and print. Add yours here (one file each). */
export const BENCH_ENTRIES: readonly BenchEntry[] = [
  open10k,
  open20k,
  heap20k,
  pan20k,
  overview5k,
  drag20k,
  layout10k,
  undoPaste1k,
  metrics20k,
  packetExport20k,
  packetImport100k,
];
