import { useEffect, useState } from 'react';
import type { WhatIfResult, WhatIfScenario } from '../../../shared/graph/metrics/what-if.js';
import { useAppStoreApi } from '../../store/react.js';
import { useApiClient } from './api-client.js';

/** The what-if answer for a scenario; null while nothing is marked lost or before it answers. */
export function useWhatIf(scenario: WhatIfScenario): WhatIfResult | null {
  const client = useApiClient();
  const store = useAppStoreApi();
  const [result, setResult] = useState<WhatIfResult | null>(null);
  const empty = scenario.lostPartyIds.length === 0 && scenario.lostNodeIds.length === 0;

  useEffect(() => {
    if (empty) return;
    let current = true;
    client
      .call('metrics.whatIf', {
        lostPartyIds: [...scenario.lostPartyIds],
        lostNodeIds: [...scenario.lostNodeIds],
      })
      .then((value) => {
        if (current) setResult(value);
      })
      .catch((error: unknown) => store.getState().reportError(error));
    return () => {
      current = false;
    };
  }, [client, store, empty, scenario.lostPartyIds, scenario.lostNodeIds]);

  return empty ? null : result;
}
