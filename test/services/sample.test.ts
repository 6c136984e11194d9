import { describe, expect, it } from 'vitest';
import { dumpProject, type ProjectStore } from '../../electron/services/index.js';
import { NEED_KINDS } from '../../shared/model/kinds.js';
import type { NeedNode, NeedsEdge, ProjectSnapshot } from '../../shared/model/entities.js';
import { newProject, tempDir } from './helpers.js';

function suppliersByNode(snapshot: ProjectSnapshot): Map<string, string[]> {
  const countryOf = new Map(snapshot.parties.map((p) => [p.id, p.country]));
  const result = new Map<string, string[]>();
  for (const link of snapshot.links) {
    result.set(link.nodeId, [
      ...(result.get(link.nodeId) ?? []),
      countryOf.get(link.partyId) ?? '?',
    ]);
  }
  return result;
}

/** Each need node's level: the longest chain of needs edges leading to it from a root. */
function levelsOf(nodes: readonly NeedNode[], edges: readonly NeedsEdge[]): Map<string, number> {
  const level = new Map(nodes.map((n) => [n.id, 0]));
  // Relaxing every edge once per node settles the longest paths of an acyclic graph.
  for (let round = 0; round < nodes.length; round++) {
    for (const edge of edges) {
      const next = (level.get(edge.fromId) ?? 0) + 1;
      if (next > (level.get(edge.toId) ?? 0)) level.set(edge.toId, next);
    }
  }
  return level;
}

/** The sample without its random ids: every id replaced by the name it stands for. */
function content(store: ProjectStore): unknown {
  const dump = dumpProject(store);
  const names = new Map<string, string>([
    ...dump.parties.map((p) => [p.id, p.name] as const),
    ...dump.nodes.map((n) => [n.id, n.name] as const),
  ]);
  const name = (id: string) => names.get(id) ?? id;
  return {
    parties: dump.parties
      .map(({ id: _id, ...rest }) => rest)
      .sort((a, b) => a.name.localeCompare(b.name)),
    nodes: dump.nodes
      .map(({ id: _id, ownerPartyId, ...rest }) => ({ ...rest, owner: name(ownerPartyId) }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    edges: dump.edges
      .map((e) => `${name(e.fromId)} > ${name(e.toId)} ${String(e.quantity)}${e.unit}`)
      .sort(),
    links: dump.links
      .map(
        (l) =>
          `${name(l.nodeId)} < ${name(l.partyId)} ${String(l.stage)} ${l.status} ${l.statusReason} ${l.targetDate}`,
      )
      .sort(),
  };
}

describe('the five-axis machining centre sample', () => {
  // With three years of qualification history the sample is several thousand ops; the bound
  // only catches a pathological slowdown (timings belong in `npm run bench`).
  it('is created through the op log in a few seconds', () => {
    const started = performance.now();
    const store = newProject(tempDir(), { sample: true });
    expect(performance.now() - started).toBeLessThan(8000);
    const entities = new Set(store.ops().map((op) => `${op.entity}:${op.entityId}`));
    const snapshot = store.snapshot();
    const rows =
      1 +
      snapshot.parties.length +
      snapshot.nodes.length +
      snapshot.edges.length +
      snapshot.links.length +
      snapshot.transitions.length +
      snapshot.evidence.length;
    expect(entities.size).toBe(rows);
  });

  it('has 60 to 120 need nodes of all six kinds on 3 to 5 levels', () => {
    const { nodes, edges } = newProject(tempDir(), { sample: true }).snapshot();
    expect(nodes.length).toBeGreaterThanOrEqual(60);
    expect(nodes.length).toBeLessThanOrEqual(120);
    expect(new Set(nodes.map((n) => n.kind))).toEqual(new Set(NEED_KINDS));
    const levels = new Set(levelsOf(nodes, edges).values());
    expect(levels.size).toBeGreaterThanOrEqual(3);
    expect(levels.size).toBeLessThanOrEqual(5);
  });

  it('has 12 to 20 parties at home and abroad, including a test platform and an institute', () => {
    const { parties, project } = newProject(tempDir(), { sample: true }).snapshot();
    expect(parties.length).toBeGreaterThanOrEqual(12);
    expect(parties.length).toBeLessThanOrEqual(20);
    const kinds = new Set(parties.map((p) => p.kind));
    expect(kinds).toContain('test_platform');
    expect(kinds).toContain('research_institute');
    const abroad = new Set(
      parties.filter((p) => p.country !== project.homeCountry).map((p) => p.country),
    );
    expect(abroad.size).toBeGreaterThanOrEqual(4);
  });

  it('has supply links at every stage, with risks, blocks, reasons and target dates', () => {
    const { links } = newProject(tempDir(), { sample: true }).snapshot();
    expect(new Set(links.map((l) => l.stage))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7]));
    const troubled = links.filter((l) => l.status !== 'on_track');
    expect(new Set(troubled.map((l) => l.status))).toEqual(new Set(['at_risk', 'blocked']));
    expect(troubled.every((l) => l.statusReason.length > 0)).toBe(true);
    expect(links.some((l) => l.targetDate !== '')).toBe(true);
  });

  it('has a single-source key item and an import-only key item', () => {
    const snapshot = newProject(tempDir(), { sample: true }).snapshot();
    const home = snapshot.project.homeCountry;
    const suppliers = suppliersByNode(snapshot);
    const keyItems = snapshot.nodes.filter((n) => n.keyItem);
    expect(keyItems.some((n) => suppliers.get(n.id)?.length === 1)).toBe(true);
    expect(
      keyItems.some((n) => {
        const countries = suppliers.get(n.id) ?? [];
        return countries.length > 0 && countries.every((c) => c !== home);
      }),
    ).toBe(true);
  });

  it('has the same content every time it is made', () => {
    const dir = tempDir();
    const first = newProject(dir, { file: 'a.longmai', sample: true });
    const second = newProject(dir, { file: 'b.longmai', sample: true });
    expect(content(second)).toEqual(content(first));
  });
});
