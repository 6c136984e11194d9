import { originOf } from '../../../../shared/model/countries.js';
import type { NeedKind, NeedNode, Party, SupplyLink } from '../../../../shared/model/index.js';
import { isOverdue, nextStageTarget } from '../../../../shared/model/overdue.js';
import type { StageDef } from '../../../../shared/model/templates.js';
import type { BoardFilters } from '../../../store/qualification-types.js';

/** What one card on the board says about one supply link. */
export interface BoardCard {
  link: SupplyLink;
  nodeName: string;
  nodeKind: NeedKind | null;
  keyItem: boolean;
  partyName: string;
  country: string;
  origin: 'domestic' | 'import';
  overdue: boolean;
  nextTarget: string;
  /** The supplier's claim waiting for approval, if any. */
  claim: number | null;
}

export interface BoardInput {
  stages: readonly StageDef[];
  links: Readonly<Record<string, SupplyLink>>;
  nodes: Readonly<Record<string, NeedNode>>;
  parties: Readonly<Record<string, Party>>;
  homeCountry: string;
  filters: BoardFilters;
  today: string;
}

export function cardOf(input: BoardInput, link: SupplyLink): BoardCard {
  const node = input.nodes[link.nodeId];
  const party = input.parties[link.partyId];
  const country = party?.country ?? '';
  return {
    link,
    nodeName: node?.name ?? link.nodeId,
    nodeKind: node?.kind ?? null,
    keyItem: node?.keyItem ?? false,
    partyName: party?.name ?? link.partyId,
    country,
    origin: originOf(country, input.homeCountry),
    overdue: isOverdue(link, input.stages, input.today),
    nextTarget: nextStageTarget(link, input.stages),
    claim:
      link.reportedStage !== null && link.reportedStage !== link.stage ? link.reportedStage : null,
  };
}

function matches(card: BoardCard, filters: BoardFilters): boolean {
  return (
    (filters.partyId === null || card.link.partyId === filters.partyId) &&
    (filters.kind === null || card.nodeKind === filters.kind) &&
    (!filters.keyItemOnly || card.keyItem) &&
    (!filters.overdueOnly || card.overdue)
  );
}

/** Overdue first, then key items, then claims to approve, then by need node name. */
function order(collator: Intl.Collator) {
  return (a: BoardCard, b: BoardCard): number =>
    Number(b.overdue) - Number(a.overdue) ||
    Number(b.keyItem) - Number(a.keyItem) ||
    Number(b.claim !== null) - Number(a.claim !== null) ||
    collator.compare(a.nodeName, b.nodeName) ||
    collator.compare(a.partyName, b.partyName);
}

/** One column of cards per stage of the project's list, filtered and ordered. */
export function boardColumns(input: BoardInput, locale: string): BoardCard[][] {
  const columns: BoardCard[][] = input.stages.map(() => []);
  const last = Math.max(columns.length - 1, 0);
  for (const link of Object.values(input.links)) {
    const card = cardOf(input, link);
    if (matches(card, input.filters)) columns[Math.min(link.stage, last)]?.push(card);
  }
  const compare = order(new Intl.Collator(locale));
  for (const column of columns) column.sort(compare);
  return columns;
}
