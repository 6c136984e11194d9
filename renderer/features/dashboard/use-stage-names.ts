import { useMemo } from 'react';
import { stageNames } from '../../../shared/graph/metrics/stage-names.js';
import { parseStages } from '../../../shared/model/json-fields.js';
import { selectLocale, selectProjectMeta } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';

/** The names of the open project's stages in the user's language, by stage index. */
export function useStageNames(): readonly string[] {
  const locale = useAppStore(selectLocale);
  const stages = useAppStore(selectProjectMeta)?.stages;
  return useMemo(() => (stages ? stageNames(locale, parseStages(stages)) : []), [locale, stages]);
}
