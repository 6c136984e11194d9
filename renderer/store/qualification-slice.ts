import { toApiError, type ApiClient } from '../api.js';
import { qualificationEdits } from './qualification-edits.js';
import type { QualificationSlice } from './qualification-types.js';
import type { SliceCreator } from './types.js';

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
