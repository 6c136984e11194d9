import type { ProjectSnapshot } from '../../shared/model/index.js';
import { toApiError, type ApiClient } from '../api.js';
import { qualificationEdits } from './qualification-edits.js';
import type { QualificationSlice } from './qualification-types.js';
import type { AppState, SliceCreator } from './types.js';

const byId = <T extends { id: string }>(rows: readonly T[]): Record<string, T> =>
  Object.fromEntries(rows.map((row) => [row.id, row]));

/** The history part of a loaded snapshot (the graph slice takes the rest). */
export function qualificationOfSnapshot(
  snapshot: ProjectSnapshot,
): Pick<AppState, 'transitions' | 'evidence'> {
  return { transitions: byId(snapshot.transitions), evidence: byId(snapshot.evidence) };
}

export const EMPTY_QUALIFICATION = {
  transitions: {},
  evidence: {},
  moveRequest: null,
  timelineFocus: null,
} satisfies Partial<QualificationSlice>;

export function createQualificationSlice(client: ApiClient): SliceCreator<QualificationSlice> {
  return (set, get, store) => ({
    ...EMPTY_QUALIFICATION,
    boardFilters: { partyId: null, kind: null, keyItemOnly: false, overdueOnly: false },
    ...qualificationEdits(client)(set, get, store),

    setBoardFilters(patch) {
      set((state) => ({ boardFilters: { ...state.boardFilters, ...patch } }));
    },
    requestMove(request) {
      set({ moveRequest: request });
    },
    showTimeline(focus) {
      set({ timelineFocus: focus, view: 'timeline' });
    },
    async previewStages(args) {
      try {
        return await client.call('stages.preview', args);
      } catch (error) {
        return toApiError(error);
      }
    },
    async setPpapLevel(level) {
      try {
        const project = await client.call('stages.setPpapLevel', { level });
        set({ projectMeta: project });
      } catch (error) {
        get().reportError(error);
      }
    },
    async openEvidence(evidenceId) {
      try {
        await client.call('evidence.open', { evidenceId });
      } catch (error) {
        get().reportError(error);
      }
    },
  });
}
