// The obvious way to compute the metrics, kept as the benchmark's baseline and as a second
// opinion in test/metrics: a breadth-first search per roll-up and per multi-sourced need node,
// and the trend replayed from scratch at every point.
import { FLAG_RULES, type NodeSupply } from '../../shared/graph/metrics/flag-rules.js';
import { RISK_FLAGS } from '../../shared/graph/metrics/flag-codes.js';
import type { MetricsInput, MetricsLink } from '../../shared/graph/metrics/input.js';
import { trendDates } from '../../shared/graph/metrics/trend.js';

export interface NaiveMetrics {
  selfSufficiency: [number, number];
  processAdoption: [number, number];
  /** Per system or subsystem: [ss covered, ss all, pa covered, pa all]. */
  rollUps: Map<string, [number, number, number, number]>;
  /** "nodeId flag" for every flag. */
  flags: Set<string>;
  /** Per trend point: [date, ss covered, pa covered]. */
  trend: [string, number, number][];
}

export function naiveMetrics(input: MetricsInput): NaiveMetrics {
  const needs = new Map<string, string[]>();
  for (const edge of input.edges)
    needs.set(edge.fromId, [...(needs.get(edge.fromId) ?? []), edge.toId]);
  const partyOf = new Map(input.parties.map((party) => [party.id, party]));
  const linksOf = new Map<string, MetricsLink[]>();
  for (const link of input.links)
    linksOf.set(link.nodeId, [...(linksOf.get(link.nodeId) ?? []), link]);
  const domestic = (link: MetricsLink) => partyOf.get(link.partyId)?.country === input.homeCountry;
  const qualified = (id: string) => [
    ...new Set(
      (linksOf.get(id) ?? []).filter((l) => l.stage >= input.batchStage).map((l) => l.partyId),
    ),
  ];
  const kindOf = new Map(input.nodes.map((node) => [node.id, node]));
  const category = (id: string) => {
    const node = kindOf.get(id);
    if (!node?.keyItem) return 0;
    return node.kind === 'component' || node.kind === 'material'
      ? 1
      : node.kind === 'process'
        ? 2
        : 0;
  };
  const covered = (id: string, stageOf: (link: MetricsLink) => number) =>
    (linksOf.get(id) ?? []).some(
      (l) => stageOf(l) >= input.batchStage && (category(id) === 2 || domestic(l)),
    );
  const upstream = (from: string, strict: boolean) => {
    const seen = new Set<string>(strict ? [] : [from]);
    const queue = [...(needs.get(from) ?? [])];
    for (let next = 0; next < queue.length; next++) {
      const id = queue[next] as string;
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(...(needs.get(id) ?? []));
    }
    return seen;
  };
  const count = (ids: Iterable<string>, stageOf: (link: MetricsLink) => number) => {
    let [ssCovered, ssAll, paCovered, paAll] = [0, 0, 0, 0];
    for (const id of ids) {
      const kind = category(id);
      const hit = kind !== 0 && covered(id, stageOf) ? 1 : 0;
      if (kind === 1) [ssCovered, ssAll] = [ssCovered + hit, ssAll + 1];
      if (kind === 2) [paCovered, paAll] = [paCovered + hit, paAll + 1];
    }
    return [ssCovered, ssAll, paCovered, paAll] as [number, number, number, number];
  };
  const now = (link: MetricsLink) => link.stage;
  const project = count(kindOf.keys(), now);
  const rollUps = new Map<string, [number, number, number, number]>();
  for (const node of input.nodes) {
    if (node.kind === 'system' || node.kind === 'subsystem')
      rollUps.set(node.id, count(upstream(node.id, false), now));
  }

  const flags = new Set<string>();
  for (const node of input.nodes) {
    const links = linksOf.get(node.id) ?? [];
    if (links.length === 0 && (node.kind === 'system' || node.kind === 'subsystem')) continue;
    const own = qualified(node.id);
    const shared =
      own.length >= 2
        ? [...upstream(node.id, true)].find((id) => qualified(id).length === 1)
        : undefined;
    const via = shared === undefined ? undefined : kindOf.get(shared);
    const supply: NodeSupply = {
      node,
      links,
      domestic: links.map(domestic),
      qualified: own,
      sharedUpstream: via ? { node: via, party: qualified(via.id)[0] ?? '' } : null,
      batchStage: input.batchStage,
      homeCountry: input.homeCountry,
      today: input.today,
      longRecoveryWeeks: input.options.longRecoveryWeeks,
      party: (id) => partyOf.get(id),
    };
    for (const code of RISK_FLAGS) if (FLAG_RULES[code](supply)) flags.add(`${node.id} ${code}`);
  }

  const events = input.stageEvents
    .filter((e) => e.date <= input.today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = events[0];
  const trend: [string, number, number][] = [];
  if (first) {
    const dates = trendDates(first.date, input.today);
    for (const date of dates.slice(0, -1)) {
      const stageAt = new Map<string, number>();
      for (const e of events) if (e.date <= date) stageAt.set(e.linkId, e.stage);
      const at = count(kindOf.keys(), (link) => stageAt.get(link.id) ?? -1);
      trend.push([date, at[0], at[2]]);
    }
    trend.push([input.today, project[0], project[2]]);
  }
  return {
    selfSufficiency: [project[0], project[1]],
    processAdoption: [project[2], project[3]],
    rollUps,
    flags,
    trend,
  };
}
