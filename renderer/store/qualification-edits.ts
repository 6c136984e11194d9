import type { StageMoveResult } from '../../shared/ipc/contract.js';
import type { Party, SupplyLink } from '../../shared/model/index.js';
import { toApiError, type ApiClient } from '../api.js';
import type { Outcome, QualificationSlice } from './qualification-types.js';
import { indexLinksByNode, omitIds, upsertEntity } from './reconcile.js';
import type { AppState, SliceCreator } from './types.js';

type Edits = Pick<
  QualificationSlice,
  | 'createParty'
  | 'updateParty'
  | 'deleteParty'
  | 'mergeParties'
  | 'createLink'
  | 'updateLink'
  | 'deleteLink'
  | 'recordMove'
  | 'applyStages'
>;

/** Links changed or gone, with the per-node index kept in step. */
function withLinks(
  state: AppState,
  changed: readonly SupplyLink[],
  removedIds: readonly string[] = [],
): Partial<AppState> {
  let links = omitIds(state.links, removedIds);
  for (const link of changed) links = upsertEntity(links, link);
  return { links, linkIdsByNode: indexLinksByNode(state.linkIdsByNode, Object.values(links)) };
}

function withParty(state: AppState, party: Party): Partial<AppState> {
  return { parties: upsertEntity(state.parties, party) };
}

function withMove(state: AppState, result: StageMoveResult): Partial<AppState> {
  let evidence = state.evidence;
  for (const record of result.evidence) evidence = upsertEntity(evidence, record);
  return {
    ...withLinks(state, [result.link]),
    transitions: upsertEntity(state.transitions, result.transition),
    evidence,
  };
}

/** Run a contract call; a refusal comes back as the outcome instead of a thrown error. */
async function attempt<T>(work: () => Promise<T>, land: (value: T) => void): Promise<Outcome> {
  try {
    land(await work());
    return null;
  } catch (error) {
    return toApiError(error);
  }
}

export function qualificationEdits(client: ApiClient): SliceCreator<Edits> {
  return (set) => ({
    createParty: (party) =>
      attempt(
        () => client.call('party.create', party),
        (created) => set((state) => withParty(state, created)),
      ),
    updateParty: (id, patch) =>
      attempt(
        () => client.call('party.update', { id, patch }),
        (updated) => set((state) => withParty(state, updated)),
      ),
    deleteParty: (id) =>
      attempt(
        () => client.call('party.delete', { id }),
        ({ partyId, linkIds }) =>
          set((state) => ({
            ...withLinks(state, [], linkIds),
            parties: omitIds(state.parties, [partyId]),
          })),
      ),
    mergeParties: (keepId, mergeId) =>
      attempt(
        () => client.call('party.merge', { keepId, mergeId }),
        ({ party, mergedId, linkIds }) =>
          set((state) => {
            const moved = linkIds.flatMap((id) => {
              const link = state.links[id];
              return link ? [{ ...link, partyId: party.id }] : [];
            });
            return {
              ...withLinks(state, moved),
              parties: upsertEntity(omitIds(state.parties, [mergedId]), party),
            };
          }),
      ),
    createLink: (nodeId, partyId) =>
      attempt(
        () => client.call('link.create', { nodeId, partyId }),
        (link) => set((state) => withLinks(state, [link])),
      ),
    updateLink: (id, patch) =>
      attempt(
        () => client.call('link.update', { id, patch }),
        (link) => set((state) => withLinks(state, [link])),
      ),
    deleteLink: (id) =>
      attempt(
        () => client.call('link.delete', { id }),
        ({ linkId }) => set((state) => withLinks(state, [], [linkId])),
      ),
    recordMove: (mode, args) =>
      attempt(
        () => {
          if (mode === 'move') return client.call('link.move', args);
          if (mode === 'report') return client.call('link.report', args);
          const { linkId, date, comment, evidence } = args;
          return client.call('link.approve', {
            linkId,
            date,
            ...(comment === undefined ? {} : { comment }),
            ...(evidence === undefined ? {} : { evidence }),
          });
        },
        (result) => set((state) => ({ ...withMove(state, result), moveRequest: null })),
      ),
    applyStages: (args) =>
      attempt(
        () => client.call('stages.apply', args),
        ({ project, links }) =>
          set((state) => ({ ...withLinks(state, links), projectMeta: project })),
      ),
  });
}
