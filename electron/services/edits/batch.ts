import { findAnyCycle } from '../../../shared/graph/find-cycle.js';
import type { BatchResult, MethodArgs } from '../../../shared/ipc/contract.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { FieldChange } from '../../../shared/sync/ops.js';
import { changeSetOf, recordEdit, TouchedEntities } from '../history/index.js';
import { idBatch } from '../ids.js';
import type { ProjectStore } from '../store/index.js';
import { creationChanges, patchChanges, tombstone } from './changes.js';
import { requireEdge, requireNode } from './require.js';

function result(store: ProjectStore, touched: TouchedEntities, created: string[]): BatchResult {
  return { changes: changeSetOf(store, touched), createdNodeIds: created };
}

interface NewEdge {
  fromId: string;
  toId: string;
  quantity: number | null;
  unit: string;
}

/** Pasted or duplicated edges run only between new nodes, so only they can loop or repeat. */
function checkNewEdges(edges: readonly NewEdge[], nameOf: (id: string) => string): void {
  const seen = new Set<string>();
  for (const edge of edges) {
    if (edge.fromId === edge.toId) {
      const name = nameOf(edge.fromId);
      throw new LongmaiError('E_SELF_LOOP', `${name} cannot need itself`, { name });
    }
    const key = `${edge.fromId}\u0000${edge.toId}`;
    if (seen.has(key)) {
      const [from, to] = [nameOf(edge.fromId), nameOf(edge.toId)];
      throw new LongmaiError('E_DUPLICATE_EDGE', `${from} already needs ${to}`, { from, to });
    }
    seen.add(key);
  }
  const cycleIds = findAnyCycle(edges);
  if (cycleIds) {
    const cycle = cycleIds.map(nameOf);
    throw new LongmaiError('E_CYCLE', `this would close a cycle: ${cycle.join(' → ')}`, { cycle });
  }
}

function edgeCreation(
  store: ProjectStore,
  edge: NewEdge,
  touched: TouchedEntities,
  nextId: () => string,
) {
  const id = nextId();
  touched.add('edge', id);
  return creationChanges('edge', id, { ...edge, ownerPartyId: store.project().makerPartyId });
}

/** Paste need nodes (and the needs edges among them) with new ids: one transaction, one step. */
export function pasteGraph(store: ProjectStore, args: MethodArgs<'graph.paste'>): BatchResult {
  const owner = store.project().makerPartyId;
  const nextId = idBatch();
  const idOfRef = new Map<string, string>();
  const names = new Map<string, string>();
  const touched = new TouchedEntities();
  const changes: FieldChange[] = [];
  for (const { ref, ...fields } of args.nodes) {
    if (idOfRef.has(ref)) {
      throw new LongmaiError('E_BAD_ARGUMENT', `pasted need node ${ref} appears twice`, {
        detail: `duplicate ref ${ref}`,
      });
    }
    const id = nextId();
    idOfRef.set(ref, id);
    names.set(id, fields.name);
    touched.add('node', id);
    changes.push(...creationChanges('node', id, { ...fields, ownerPartyId: owner }));
  }
  const edges = args.edges.map((edge) => {
    const fromId = idOfRef.get(edge.fromRef);
    const toId = idOfRef.get(edge.toRef);
    if (fromId === undefined || toId === undefined) {
      const missing = fromId === undefined ? edge.fromRef : edge.toRef;
      throw new LongmaiError('E_BAD_ARGUMENT', `a pasted needs edge names ${missing}`, {
        detail: `unknown ref ${missing}`,
      });
    }
    return { fromId, toId, quantity: edge.quantity, unit: edge.unit };
  });
  checkNewEdges(edges, (id) => names.get(id) ?? id);
  for (const edge of edges) changes.push(...edgeCreation(store, edge, touched, nextId));
  recordEdit(store, { action: 'paste', count: args.nodes.length }, changes);
  return result(store, touched, [...idOfRef.values()]);
}

/** Copies of need nodes, moved by `offset`, with copies of the needs edges among them. */
export function duplicateNodes(
  store: ProjectStore,
  args: MethodArgs<'node.duplicate'>,
): BatchResult {
  const copyOf = new Map<string, string>();
  const touched = new TouchedEntities();
  const nextId = idBatch();
  const changes: FieldChange[] = [];
  for (const sourceId of new Set(args.ids)) {
    const node = requireNode(store, sourceId);
    const id = nextId();
    copyOf.set(sourceId, id);
    touched.add('node', id);
    changes.push(
      ...creationChanges('node', id, {
        kind: node.kind,
        name: node.name,
        code: node.code,
        spec: node.spec,
        keyItem: node.keyItem,
        ownerPartyId: store.project().makerPartyId,
        notes: node.notes,
        x: node.x + args.offset.x,
        y: node.y + args.offset.y,
      }),
    );
  }
  for (const pair of store.edgePairs()) {
    const fromId = copyOf.get(pair.fromId);
    const toId = copyOf.get(pair.toId);
    const edgeId = store.edgeIdBetween(pair.fromId, pair.toId);
    if (fromId === undefined || toId === undefined || edgeId === null) continue;
    const { quantity, unit } = requireEdge(store, edgeId);
    changes.push(...edgeCreation(store, { fromId, toId, quantity, unit }, touched, nextId));
  }
  recordEdit(store, { action: 'duplicate', count: copyOf.size }, changes);
  return result(store, touched, [...copyOf.values()]);
}

/** Delete need nodes (with their needs edges and supply links) and needs edges together. */
export function deleteMany(store: ProjectStore, args: MethodArgs<'node.deleteMany'>): BatchResult {
  const touched = new TouchedEntities();
  for (const id of args.nodeIds) {
    requireNode(store, id);
    touched.add('node', id);
    for (const edgeId of store.edgeIdsTouching(id)) touched.add('edge', edgeId);
    for (const linkId of store.linkIdsOfNode(id)) touched.add('link', linkId);
  }
  for (const id of args.edgeIds) {
    requireEdge(store, id);
    touched.add('edge', id);
  }
  const changes = [
    ...[...touched.edges].map((id) => tombstone('edge', id)),
    ...[...touched.links].map((id) => tombstone('link', id)),
    ...[...touched.nodes].map((id) => tombstone('node', id)),
  ];
  const count = touched.nodes.size + args.edgeIds.length;
  recordEdit(store, { action: 'deleteItems', count }, changes);
  return result(store, touched, []);
}

/** Several need nodes edited at once (the table's multi-row edit): one step. */
export function updateMany(store: ProjectStore, args: MethodArgs<'node.updateMany'>): BatchResult {
  const touched = new TouchedEntities();
  const changes: FieldChange[] = [];
  for (const { id, patch } of args.updates) {
    const current = requireNode(store, id);
    touched.add('node', id);
    changes.push(...patchChanges('node', current, patch, id));
  }
  recordEdit(store, { action: 'editRows', count: args.updates.length }, changes);
  return result(store, touched, []);
}
