// Apart from flow-model.ts, which imports React Flow: the workers that draw need nodes import
// only these sizes, and React Flow's d3 modules (kept in a bundle for their side effects) would
// otherwise double the size of each of those workers' scripts.

/** Every need node card has this size, declared up front so React Flow never has to measure. */
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;
