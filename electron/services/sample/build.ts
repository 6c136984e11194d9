import type { FieldChange } from '../../../shared/sync/ops.js';
import { creationChanges } from '../edits/changes.js';
import { newId } from '../ids.js';
import type { ProjectStore } from '../store/index.js';
import { addSampleHistory } from './history.js';
import { addSampleLinkDetails } from './link-details.js';
import { SAMPLE_LINKS } from './links.js';
import { layoutSample, needKey } from './layout.js';
import { COMPONENT_NODES } from './nodes-components.js';
import { FOUNDATION_NODES } from './nodes-foundations.js';
import { PART_NODES } from './nodes-parts.js';
import { SYSTEM_NODES } from './nodes-systems.js';
import { SAMPLE_PARTIES } from './parties.js';
import type { SampleNode } from './types.js';

export const SAMPLE_NODES: readonly SampleNode[] = [
  ...SYSTEM_NODES,
  ...COMPONENT_NODES,
  ...PART_NODES,
  ...FOUNDATION_NODES,
];

function lookup(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`sample data names an unknown ${what}: ${key}`);
  return id;
}

/**
 * Fill a fresh project (which already has its maker party) with the five-axis machining
 * centre, through the op log like any edit, in one batch. Content is fixed; ids are random.
 */
export function addSampleContent(store: ProjectStore): void {
  const makerId = store.project().makerPartyId;
  const partyIds = new Map<string, string>([['maker', makerId]]);
  const nodeIds = new Map<string, string>();
  const changes: FieldChange[] = [];

  for (const party of SAMPLE_PARTIES) {
    const id = newId();
    partyIds.set(party.key, id);
    const { name, kind, country, notes } = party;
    changes.push(...creationChanges('party', id, { name, kind, country, notes }));
  }
  const positions = layoutSample(SAMPLE_NODES);
  for (const node of SAMPLE_NODES) nodeIds.set(node.key, newId());
  for (const node of SAMPLE_NODES) {
    const at = positions.get(node.key) ?? { x: 0, y: 0 };
    changes.push(
      ...creationChanges('node', lookup(nodeIds, node.key, 'node'), {
        kind: node.kind,
        name: node.name,
        code: node.code,
        spec: node.spec ?? '',
        keyItem: node.keyItem ?? false,
        ownerPartyId: makerId,
        notes: '',
        x: at.x,
        y: at.y,
      }),
    );
    for (const need of node.needs ?? []) {
      changes.push(
        ...creationChanges('edge', newId(), {
          fromId: lookup(nodeIds, node.key, 'node'),
          toId: lookup(nodeIds, needKey(need), 'node'),
          quantity: typeof need === 'string' ? null : need[1],
          unit: typeof need === 'string' ? '' : need[2],
          ownerPartyId: makerId,
        }),
      );
    }
  }
  for (const link of SAMPLE_LINKS) {
    changes.push(
      ...creationChanges('link', newId(), {
        nodeId: lookup(nodeIds, link.node, 'node'),
        partyId: lookup(partyIds, link.party, 'party'),
        stage: link.stage,
        reportedStage: link.reported ?? null,
        status: link.status ?? 'on_track',
        statusReason: link.reason ?? '',
        targetDate: link.target ?? '',
        ownerPartyId: makerId,
      }),
    );
  }
  store.applyLocalChanges(changes);
  addSampleLinkDetails(store);
  addSampleHistory(store);
}
