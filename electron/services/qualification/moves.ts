import type {
  EvidenceUpload,
  StageMoveArgs,
  StageMoveResult,
} from '../../../shared/ipc/contract/qualification.js';
import type { MethodArgs } from '../../../shared/ipc/contract.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { SupplyLink, Transition } from '../../../shared/model/entities.js';
import type { TransitionKind } from '../../../shared/model/kinds.js';
import { lastTransitionDate } from '../../../shared/model/overdue.js';
import type { FieldChange } from '../../../shared/sync/ops.js';
import { creationChanges } from '../edits/changes.js';
import { newId } from '../ids.js';
import type { ProjectStore } from '../store/index.js';
import { actingPartyOf, applyAs, type ActingOptions } from './acting.js';
import { checkUpload } from './evidence.js';
import {
  projectStages,
  requireDate,
  requireLink,
  requireStage,
  requireTestPlatform,
} from './require.js';

interface TransitionRequest {
  link: SupplyLink;
  kind: TransitionKind;
  toStage: number;
  date: string;
  comment?: string | undefined;
  testPlatformPartyId?: string | undefined;
  approvesId?: string;
  evidence?: readonly EvidenceUpload[] | undefined;
}

/**
 * Record one transition with its evidence and move the link's stage (official or reported),
 * all checked first and written in one transaction: a refused file, a date before the last
 * transition or a write the acting party may not make leaves the project as it was.
 */
function recordTransition(
  store: ProjectStore,
  request: TransitionRequest,
  options: ActingOptions,
): StageMoveResult {
  const { link, kind } = request;
  const stages = projectStages(store);
  const to = requireStage(stages, request.toStage);
  const date = requireDate(request.date);
  const previous = lastTransitionDate(store.qualification.transitionsOfLink(link.id));
  if (date < previous) {
    throw new LongmaiError(
      'E_DATE_BEFORE_PREVIOUS',
      `${date} is before this link's previous stage move on ${previous}`,
      { date, previous },
    );
  }
  if (request.testPlatformPartyId) requireTestPlatform(store, request.testPlatformPartyId);
  const files = (request.evidence ?? []).map(checkUpload);
  const author = actingPartyOf(store, options);
  const fromIndex = kind === 'approved' ? link.stage : (link.reportedStage ?? link.stage);
  const transitionId = newId();
  const changes: FieldChange[] = [
    ...creationChanges('transition', transitionId, {
      linkId: link.id,
      kind,
      fromStage: stages[fromIndex]?.key ?? '',
      toStage: to.key,
      date,
      byPartyId: author,
      comment: request.comment ?? '',
      testPlatformPartyId: request.testPlatformPartyId ?? '',
      approvesId: request.approvesId ?? '',
    }),
    {
      entity: 'link',
      entityId: link.id,
      field: kind === 'approved' ? 'stage' : 'reportedStage',
      value: request.toStage,
    },
  ];
  const evidenceIds = files.map(() => newId());
  files.forEach((file, i) => {
    changes.push(
      ...creationChanges('evidence', evidenceIds[i] ?? newId(), {
        transitionId,
        sha256: file.sha256,
        fileName: file.fileName,
        mime: file.mime,
        size: file.size,
        byPartyId: author,
      }),
    );
  });
  store.withTransaction(() => {
    for (const file of files) store.qualification.putBlob(file.sha256, file.bytes);
    applyAs(store, changes, options);
  });
  const transition = store.qualification.transition(transitionId);
  if (!transition) throw new Error(`transition ${transitionId} was not materialized`);
  return {
    link: requireLink(store, link.id),
    transition,
    evidence: store.qualification.evidenceOfTransition(transitionId),
  };
}

function refuseSameStage(link: SupplyLink, current: number, toStage: number): void {
  if (current === toStage) {
    throw new LongmaiError('E_SAME_STAGE', `supply link ${link.id} is already at that stage`, {
      stage: toStage,
    });
  }
}

/** The link's owner moves the official stage (an approved gate). */
export function moveLink(
  store: ProjectStore,
  args: StageMoveArgs,
  options: ActingOptions = {},
): StageMoveResult {
  const link = requireLink(store, args.linkId);
  refuseSameStage(link, link.stage, args.toStage);
  return recordTransition(store, { ...args, link, kind: 'approved' }, options);
}

/** The supplier's claim of a stage, with its evidence; the official stage stays. */
export function reportLink(
  store: ProjectStore,
  args: StageMoveArgs,
  options: ActingOptions = {},
): StageMoveResult {
  const link = requireLink(store, args.linkId);
  refuseSameStage(link, link.reportedStage ?? link.stage, args.toStage);
  return recordTransition(store, { ...args, link, kind: 'reported' }, options);
}

/** A claim waits for approval while the reported stage differs from the official one. */
export function hasPendingClaim(link: SupplyLink): link is SupplyLink & { reportedStage: number } {
  return link.reportedStage !== null && link.reportedStage !== link.stage;
}

function latestReport(transitions: readonly Transition[], toStage: string): string {
  const reports = transitions.filter((t) => t.kind === 'reported' && t.toStage === toStage);
  return reports[reports.length - 1]?.id ?? '';
}

/** The owner accepts the supplier's pending claim: the official stage becomes the reported one. */
export function approveLink(
  store: ProjectStore,
  args: MethodArgs<'link.approve'>,
  options: ActingOptions = {},
): StageMoveResult {
  const link = requireLink(store, args.linkId);
  if (!hasPendingClaim(link)) {
    throw new LongmaiError('E_NO_PENDING_CLAIM', `supply link ${link.id} has no claim to approve`);
  }
  const stages = projectStages(store);
  const reported = requireStage(stages, link.reportedStage);
  const approvesId = latestReport(store.qualification.transitionsOfLink(link.id), reported.key);
  return recordTransition(
    store,
    { ...args, link, kind: 'approved', toStage: link.reportedStage, approvesId },
    options,
  );
}
