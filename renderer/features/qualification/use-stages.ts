import { useMemo } from 'react';
import { parseStages } from '../../../shared/model/json-fields.js';
import { templateStages, type StageDef } from '../../../shared/model/templates.js';
import { useAppStore } from '../../store/react.js';
import type { AppState } from '../../store/types.js';

const selectStagesText = (state: AppState) => state.projectMeta?.stages ?? null;

/** The open project's own stage list, parsed once per change. */
export function useProjectStages(): readonly StageDef[] {
  const text = useAppStore(selectStagesText);
  return useMemo(() => (text === null ? templateStages('one_dragon') : parseStages(text)), [text]);
}
