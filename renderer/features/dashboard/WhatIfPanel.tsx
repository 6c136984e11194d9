import { useState } from 'react';
import { useT } from '../../i18n/use-t.js';
import { selectNodes, selectParties } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import { useWhatIf } from './use-what-if.js';
import { WhatIfPicker } from './WhatIfPicker.js';
import { WhatIfResults } from './WhatIfResults.js';

const NONE: readonly string[] = [];

/** Mark parties or need nodes lost and see what that does; nothing is saved. */
export function WhatIfPanel() {
  const t = useT();
  const [scenario, setScenario] = useState({ lostPartyIds: NONE, lostNodeIds: NONE });
  const { lostPartyIds, lostNodeIds } = scenario;
  const parties = useAppStore(selectParties);
  const nodes = useAppStore(selectNodes);
  const result = useWhatIf(scenario);

  const update = (nextParties: readonly string[], nextNodes: readonly string[]) =>
    setScenario({ lostPartyIds: nextParties, lostNodeIds: nextNodes });
  const lost = [
    ...lostPartyIds.map((id) => ({ id, kind: 'party' as const, name: parties[id]?.name ?? id })),
    ...lostNodeIds.map((id) => ({ id, kind: 'node' as const, name: nodes[id]?.name ?? id })),
  ];

  return (
    <div className="what-if" data-testid="what-if">
      <header className="what-if__head">
        <h2 className="panel__title">{t('whatIf.title')}</h2>
        <p className="muted">{t('whatIf.intro')}</p>
      </header>
      <WhatIfPicker
        lostPartyIds={lostPartyIds}
        lostNodeIds={lostNodeIds}
        onAddParty={(id) => update([...lostPartyIds, id], lostNodeIds)}
        onAddNode={(id) => update(lostPartyIds, [...lostNodeIds, id])}
      />
      <div className="what-if__lost">
        <span className="field__label">{t('whatIf.lost')}</span>
        {lost.length === 0 && <span className="muted">{t('whatIf.empty')}</span>}
        <ul className="chips" data-testid="what-if-lost">
          {lost.map((item) => (
            <li key={`${item.kind}:${item.id}`} className="chip chip--lost" data-id={item.id}>
              {item.name}
              <button
                type="button"
                className="chip__remove"
                aria-label={t('whatIf.remove', { name: item.name })}
                onClick={() =>
                  item.kind === 'party'
                    ? update(
                        lostPartyIds.filter((id) => id !== item.id),
                        lostNodeIds,
                      )
                    : update(
                        lostPartyIds,
                        lostNodeIds.filter((id) => id !== item.id),
                      )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        {lost.length > 0 && (
          <button type="button" className="link-button" onClick={() => update(NONE, NONE)}>
            {t('whatIf.clear')}
          </button>
        )}
      </div>
      {result && <WhatIfResults result={result} />}
    </div>
  );
}
