import { fastLayered } from '../features/graph/layout/fast-layered.js';
import { hostLayout } from './layout-host.js';

// The built-in fast layered layout, for more need nodes than ELK_MAX_NODES (protocol.ts).
hostLayout('fast-layered', fastLayered);
