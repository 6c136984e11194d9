import fc from 'fast-check';
import { computeScope } from '../../../shared/sync/scope.js';
import type { Op } from '../../../shared/sync/ops.js';
import { scopeRecords } from '../../../electron/services/sync/scope-data.js';
import {
  exportPacket,
  importPacket,
  listConflicts,
} from '../../../electron/services/sync/index.js';
import { forge } from '../forge.js';
import { canonicalDump } from '../canonical.js';
import {
  closeWorld,
  createWorld,
  edgeChanges,
  expectCode,
  freshId,
  linkChanges,
  mayExchange,
  nodeChanges,
  receive,
  replayPermissions,
  send,
  type Replica,
  type World,
} from './world.js';

export type Command =
  | { t: 'edit'; r: number; k: number; v: number }
  | { t: 'delete'; r: number; k: number }
  | { t: 'create'; r: number; k: number }
  | { t: 'forbidden'; r: number; k: number }
  | { t: 'send'; from: number; to: number; fate: 'deliver' | 'drop' | 'duplicate' | 'hold' }
  | { t: 'deliver'; r: number; k: number };

export interface Scenario {
  makerReplicas: number;
  supplierReplicas: number[];
  commands: Command[];
}

const nat = fc.nat({ max: 1000 });

export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc
  .record({
    makerReplicas: fc.integer({ min: 1, max: 2 }),
    supplierReplicas: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 3 }),
    commands: fc.array(
      fc.oneof(
        fc.record({ t: fc.constant('edit' as const), r: nat, k: nat, v: nat }),
        fc.record({ t: fc.constant('delete' as const), r: nat, k: nat }),
        fc.record({ t: fc.constant('create' as const), r: nat, k: nat }),
        fc.record({ t: fc.constant('forbidden' as const), r: nat, k: nat }),
        fc.record({
          t: fc.constant('send' as const),
          from: nat,
          to: nat,
          fate: fc.constantFrom(
            'deliver' as const,
            'drop' as const,
            'duplicate' as const,
            'hold' as const,
          ),
        }),
        fc.record({ t: fc.constant('deliver' as const), r: nat, k: nat }),
      ),
      { maxLength: 16 },
    ),
  })
  .map((s) => {
    // 2-6 replicas in all: trim suppliers' second installations first.
    const supplierReplicas = [...s.supplierReplicas];
    while (s.makerReplicas + supplierReplicas.reduce((a, b) => a + b, 0) > 6) {
      const i = supplierReplicas.findIndex((n) => n > 1);
      if (i < 0) supplierReplicas.pop();
      else supplierReplicas[i] = 1;
    }
    return { ...s, supplierReplicas };
  });

const pick = <T>(list: readonly T[], k: number): T | undefined =>
  list[k % Math.max(1, list.length)];

function edit(world: World, replica: Replica, k: number, v: number): void {
  const links = replica.store.snapshot().links;
  if (replica.party === world.maker) {
    const nodes = replica.store.snapshot().nodes.filter((n) => n.ownerPartyId === world.maker);
    const link = pick(
      links.filter((l) => l.ownerPartyId === world.maker),
      k,
    );
    const node = pick(nodes, k);
    const choice = v % 4;
    if (choice === 0 && link)
      replica.store.applyLocalChanges([
        { entity: 'link', entityId: link.id, field: 'stage', value: v % 8 },
      ]);
    else if (choice === 1 && link)
      replica.store.applyLocalChanges([
        {
          entity: 'link',
          entityId: link.id,
          field: 'status',
          value: v % 3 === 0 ? 'blocked' : 'at_risk',
        },
      ]);
    else if (node)
      replica.store.applyLocalChanges([
        { entity: 'node', entityId: node.id, field: 'name', value: `Name ${String(v)}` },
      ]);
    return;
  }
  const link = pick(
    links.filter((l) => l.partyId === replica.party),
    k,
  );
  if (!link) return;
  if (v % 2 === 0)
    replica.store.applyLocalChanges([
      { entity: 'link', entityId: link.id, field: 'reportedStage', value: v % 8 },
    ]);
  else
    replica.store.applyLocalChanges([
      { entity: 'link', entityId: link.id, field: 'statusReason', value: `note ${String(v)}` },
    ]);
}

function remove(world: World, replica: Replica, k: number): void {
  const snap = replica.store.snapshot();
  const own = (owner: string) => owner === replica.party;
  if (replica.party === world.maker && k % 2 === 0) {
    const link = pick(
      snap.links.filter((l) => own(l.ownerPartyId)),
      k,
    );
    if (link)
      replica.store.applyLocalChanges([
        { entity: 'link', entityId: link.id, field: 'deleted', value: true },
      ]);
    return;
  }
  const node = pick(
    snap.nodes.filter((n) => own(n.ownerPartyId) && n.id !== 'systemNode'),
    k,
  );
  if (!node) return;
  // The records of its own that hang on the node go with it; others' records keep it alive.
  const edges = snap.edges.filter(
    (e) => own(e.ownerPartyId) && (e.fromId === node.id || e.toId === node.id),
  );
  const links = snap.links.filter((l) => own(l.ownerPartyId) && l.nodeId === node.id);
  replica.store.applyLocalChanges([
    ...edges.map((e) => ({
      entity: 'edge' as const,
      entityId: e.id,
      field: 'deleted',
      value: true,
    })),
    ...links.map((l) => ({
      entity: 'link' as const,
      entityId: l.id,
      field: 'deleted',
      value: true,
    })),
    { entity: 'node', entityId: node.id, field: 'deleted', value: true },
  ]);
}

function create(world: World, replica: Replica, k: number): void {
  const node = freshId(world, 'node');
  if (replica.party === world.maker) {
    const supplier = pick(world.suppliers, k) ?? '';
    replica.store.applyLocalChanges([
      ...nodeChanges(node, world.maker, `New need ${String(k)}`),
      ...linkChanges(freshId(world, 'link'), node, supplier, world.maker),
    ]);
    return;
  }
  const supplied = pick(
    replica.store.snapshot().links.filter((l) => l.partyId === replica.party),
    k,
  );
  if (!supplied) return;
  replica.store.applyLocalChanges([
    ...nodeChanges(node, replica.party, `Upstream ${String(k)}`),
    ...edgeChanges(freshId(world, 'edge'), supplied.nodeId, node, replica.party),
  ]);
}

function forbidden(world: World, replica: Replica, k: number): void {
  const snap = replica.store.snapshot();
  if (replica.party === world.maker) {
    const node = pick(snap.nodes, k);
    if (node)
      expectCode('E_FORBIDDEN_OP', () =>
        replica.store.applyLocalChanges([
          {
            entity: 'node',
            entityId: node.id,
            field: 'ownerPartyId',
            value: world.suppliers[0] ?? '',
          },
        ]),
      );
    return;
  }
  const link = pick(
    snap.links.filter((l) => l.partyId === replica.party),
    k,
  );
  if (!link) return;
  expectCode('E_FORBIDDEN_OP', () =>
    replica.store.applyLocalChanges([
      { entity: 'link', entityId: link.id, field: 'stage', value: 7 },
    ]),
  );
  // The same change forged into a validly signed packet is refused whole by the maker.
  const target = world.replicas.find((r) => r.party === world.maker);
  if (!target) return;
  const honest = exportPacket(replica.store, replica.home, { to: world.maker, full: true }).bytes;
  const opId = freshId(world, 'forged');
  const forged = forge(honest, replica.home, {
    ops: (ops) => {
      const last = ops[ops.length - 1];
      if (!last) return ops;
      return [
        ...ops,
        {
          ...last,
          opId,
          authorParty: replica.party,
          entity: 'link',
          entityId: link.id,
          field: 'stage',
          value: 7,
          prev: [],
        },
      ];
    },
  });
  world.forbidden.add(opId);
  expectCode('E_FORBIDDEN_OP', () =>
    importPacket(target.store, target.home, forged, {
      acceptFingerprint: replica.home.fingerprint,
    }),
  );
}

function exchange(world: World, command: Extract<Command, { t: 'send' }>): void {
  const from = pick(world.replicas, command.from);
  const to = pick(world.replicas, command.to);
  if (!from || !to || !mayExchange(world, from, to)) return;
  const bytes = send(world, from, to);
  if (command.fate === 'drop') return;
  if (command.fate === 'hold') {
    to.inbox.push({ from: from.name, bytes });
    return;
  }
  receive(world, to, bytes, from.name);
  if (command.fate === 'duplicate') {
    if (receive(world, to, bytes, from.name) !== 0)
      throw new Error('a duplicate packet applied changes');
  }
}

function run(world: World, command: Command): void {
  const replica = pick(world.replicas, 'r' in command ? command.r : 0);
  if (!replica) return;
  switch (command.t) {
    case 'edit':
      return edit(world, replica, command.k, command.v);
    case 'delete':
      return remove(world, replica, command.k);
    case 'create':
      return create(world, replica, command.k);
    case 'forbidden':
      return forbidden(world, replica, command.k);
    case 'send':
      return exchange(world, command);
    case 'deliver': {
      const [held] = replica.inbox.splice(command.k % Math.max(1, replica.inbox.length), 1);
      if (held) receive(world, replica, held.bytes, held.from);
    }
  }
}

/** Exchange deltas between every pair that may talk until nothing new moves. */
function quiesce(world: World): void {
  for (let round = 0; round < 8; round++) {
    let moved = 0;
    for (const from of world.replicas) {
      for (const to of world.replicas) {
        if (mayExchange(world, from, to))
          moved += receive(world, to, send(world, from, to), from.name);
      }
    }
    if (moved === 0) return;
  }
  throw new Error('replicas did not settle after 8 rounds of exchange');
}

function checkConverged(world: World): void {
  const makers = world.replicas.filter((r) => r.party === world.maker);
  const reference = makers[0];
  if (!reference) throw new Error('no maker replica');
  const all: Op[] = reference.store.ops();
  const ids = new Set(all.map((op) => op.opId));
  for (const replica of world.replicas) {
    for (const op of replica.store.ops()) {
      if (!ids.has(op.opId))
        throw new Error(`${replica.name} holds op ${op.opId} the maker lacks: lost in transit`);
    }
  }
  for (const id of world.forbidden) if (ids.has(id)) throw new Error(`forbidden op ${id} landed`);
  const verdict = replayPermissions(world, all);
  if (verdict) throw new Error(`an accepted op breaks the rules: ${verdict}`);
  const byParty = new Map<string, string>();
  for (const replica of world.replicas) {
    const dump = canonicalDump(replica.store);
    const first = byParty.get(replica.party);
    if (first === undefined) byParty.set(replica.party, dump);
    else if (first !== dump)
      throw new Error(`${replica.name} differs from another copy of its party`);
    if (replica.party === world.maker) continue;
    const scope = computeScope(
      scopeRecords(all, () => true),
      replica.party,
      world.maker,
    );
    const expected = all
      .filter((op) => scope.fieldVisible(op.entity, op.entityId, op.field))
      .map((op) => op.opId)
      .sort();
    const held = replica.store
      .ops()
      .map((op) => op.opId)
      .sort();
    if (JSON.stringify(held) !== JSON.stringify(expected)) {
      throw new Error(
        `${replica.name} does not hold exactly its scope (${String(held.length)} ops, expected ${String(expected.length)})`,
      );
    }
  }
  checkNothingLost(reference);
}

/** Every register's unseen values are shown or kept in a conflict record. */
function checkNothingLost(replica: Replica): void {
  const registers = new Map<string, Op[]>();
  for (const op of replica.store.ops()) {
    const key = `${op.entity}\u0000${op.entityId}\u0000${op.field}`;
    registers.set(key, [...(registers.get(key) ?? []), op]);
  }
  const conflicted = new Set(
    listConflicts(replica.store).flatMap((c) => c.values.map((v) => v.opId)),
  );
  for (const ops of registers.values()) {
    const superseded = new Set(ops.flatMap((op) => op.prev));
    const heads = ops.filter((op) => !superseded.has(op.opId));
    if (heads.length > 1) {
      for (const head of heads) {
        if (!conflicted.has(head.opId))
          throw new Error(
            `value ${head.opId} of ${head.entity}.${head.field} was dropped silently`,
          );
      }
    }
  }
}

/** Totals over every scenario run in this process, for `npm run fuzz` to print. */
export const FUZZ_STATS = {
  runs: 0,
  replicas: 0,
  commands: 0,
  fullResends: 0,
  forbiddenRefused: 0,
};

/** Run one scenario to the end and check every guarantee; throws on the first breach. */
export function runScenario(scenario: Scenario): void {
  const world = createWorld(scenario.makerReplicas, scenario.supplierReplicas);
  try {
    for (const command of scenario.commands) run(world, command);
    for (const replica of world.replicas) {
      for (const held of replica.inbox.splice(0)) receive(world, replica, held.bytes, held.from);
    }
    quiesce(world);
    checkConverged(world);
    FUZZ_STATS.runs++;
    FUZZ_STATS.replicas += world.replicas.length;
    FUZZ_STATS.commands += scenario.commands.length;
    FUZZ_STATS.fullResends += world.fullResends;
    FUZZ_STATS.forbiddenRefused += world.forbidden.size;
  } finally {
    closeWorld(world);
  }
}
