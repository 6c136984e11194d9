import type { StageChangeArgs } from '../../../shared/ipc/contract/qualification.js';
import type { MethodArgs } from '../../../shared/ipc/contract.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { Project, SupplyLink } from '../../../shared/model/entities.js';
import { parseStageTargets } from '../../../shared/model/json-fields.js';
import {
  planStageMapping,
  remapStageTargets,
  type StageMappingPlan,
} from '../../../shared/model/stage-mapping.js';
import type { FieldChange } from '../../../shared/sync/ops.js';
import type { ProjectStore } from '../store/index.js';
import { applyAs, type ActingOptions } from './acting.js';
import { projectStages } from './require.js';

function liveLinks(store: ProjectStore): SupplyLink[] {
  return store.snapshot().links;
}

export function previewStages(store: ProjectStore, args: StageChangeArgs): StageMappingPlan {
  return planStageMapping(projectStages(store), args.stages, liveLinks(store), args.mapping);
}

/**
 * Replace the project's stage list (and template) and move every supply link to its stage in
 * the new list, in one change. A plan that would leave any link without a stage is refused
 * whole, naming the stages that still need a mapping.
 */
export function applyStages(
  store: ProjectStore,
  args: StageChangeArgs,
  options: ActingOptions = {},
): { project: Project; links: SupplyLink[] } {
  const links = liveLinks(store);
  const plan = planStageMapping(projectStages(store), args.stages, links, args.mapping);
  if (!plan.ok) {
    throw new LongmaiError(
      'E_TEMPLATE_ORPHANS_LINKS',
      `${String(plan.orphanLinkIds.length)} supply links would have no stage: map ${plan.orphanStages.join(', ')}`,
      { count: plan.orphanLinkIds.length, stages: plan.orphanStages },
    );
  }
  const project = store.project();
  const changes: FieldChange[] = [
    {
      entity: 'project',
      entityId: project.id,
      field: 'stages',
      value: JSON.stringify(args.stages),
    },
  ];
  if (project.stageTemplate !== args.template) {
    changes.push({
      entity: 'project',
      entityId: project.id,
      field: 'stageTemplate',
      value: args.template,
    });
  }
  const newKeys = new Set(args.stages.map((stage) => stage.key));
  const byId = new Map(links.map((link) => [link.id, link]));
  const touched = new Set<string>();
  for (const landing of plan.landings) {
    const link = byId.get(landing.linkId);
    if (!link) continue;
    const set = (field: string, value: string | number | null): void => {
      changes.push({ entity: 'link', entityId: link.id, field, value });
      touched.add(link.id);
    };
    if (landing.stage !== null && landing.stage !== link.stage) set('stage', landing.stage);
    if (landing.reportedStage !== link.reportedStage) set('reportedStage', landing.reportedStage);
    const targets = JSON.stringify(
      remapStageTargets(parseStageTargets(link.stageTargets), plan.stageMap, newKeys),
    );
    if (targets !== link.stageTargets) set('stageTargets', targets);
  }
  applyAs(store, changes, options);
  return {
    project: store.project(),
    links: [...touched].flatMap((id) => store.link(id) ?? []),
  };
}

export function setPpapLevel(
  store: ProjectStore,
  args: MethodArgs<'stages.setPpapLevel'>,
  options: ActingOptions = {},
): Project {
  const project = store.project();
  if (project.ppapLevel !== args.level) {
    applyAs(
      store,
      [{ entity: 'project', entityId: project.id, field: 'ppapLevel', value: args.level }],
      options,
    );
  }
  return store.project();
}
