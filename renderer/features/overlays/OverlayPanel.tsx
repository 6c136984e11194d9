import { Panel } from '@xyflow/react';
import { useMemo } from 'react';
import { SEVERITIES } from '../../../shared/graph/metrics/flag-codes.js';
import { useT } from '../../i18n/use-t.js';
import { useAppStore } from '../../store/react.js';
import { useStageNames } from '../dashboard/use-stage-names.js';
import './overlays.css';
import { batchStageOf } from './overlay-model.js';
import { OVERLAY_MODES, overlayStore, useOverlayMode, type OverlayMode } from './overlay-store.js';
import { toneRanges } from './stage-tone.js';

const MODE_KEYS = { none: 'overlay.none', risk: 'overlay.risk', stage: 'overlay.stage' } as const;

/** The legend of the overlay shown; nothing (and no stage list read) when none is. */
function Legend() {
  const mode = useOverlayMode();
  return mode === 'none' ? null : <LegendItems mode={mode} />;
}

function LegendItems({ mode }: { mode: Exclude<OverlayMode, 'none'> }) {
  const t = useT();
  const names = useStageNames();
  // From the stages alone: the whole overlay model (every node's flags) is not needed here, and
  // selecting it made every graph change re-run the risk analysis even with no overlay shown.
  const stages = useAppStore((state) => state.projectMeta?.stages ?? '');
  const batchStage = useMemo(() => batchStageOf(stages), [stages]);
  const items = useMemo(() => {
    if (mode === 'risk') {
      return [
        ...SEVERITIES.map((severity) => ({
          id: `risk-${severity}`,
          label: t(`risk.severity.${severity}`),
        })),
        { id: 'risk-none', label: t('overlay.noRisk') },
      ];
    }
    const name = (stage: number) => names[stage] ?? String(stage);
    return [
      { id: 'stage-none', label: t('overlay.noSupplier') },
      ...toneRanges(names.length, batchStage).map(({ tone, from, to }) => ({
        id: `stage-${tone}`,
        label: from === to ? name(from) : `${name(from)} – ${name(to)}`,
      })),
    ];
  }, [mode, names, batchStage, t]);
  return (
    <ul
      className="graph-overlays-legend"
      aria-label={t('overlay.legend')}
      data-testid="graph-overlays-legend"
    >
      {items.map((item) => (
        <li key={item.id} className="graph-overlays-legend__item">
          <span
            className={`graph-overlays-legend__swatch node-overlay--${item.id}`}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** The graph's overlay switch (kind, risk, stage) and the legend of the chosen overlay. */
export function OverlayPanel() {
  const t = useT();
  const mode = useOverlayMode();
  return (
    <Panel position="top-right" className="graph-overlays" data-testid="graph-overlays">
      <div className="graph-overlays__switch" role="radiogroup" aria-label={t('overlay.label')}>
        <span className="graph-overlays__label">{t('overlay.label')}</span>
        {OVERLAY_MODES.map((each) => (
          <button
            key={each}
            type="button"
            role="radio"
            aria-checked={mode === each}
            className="graph-overlays__mode"
            data-testid={`overlay-${each}`}
            onClick={() => overlayStore.getState().setMode(each)}
          >
            {t(MODE_KEYS[each])}
          </button>
        ))}
      </div>
      <Legend />
    </Panel>
  );
}
