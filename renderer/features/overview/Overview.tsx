import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ReadyMarker } from '../../components/ReadyMarker.js';
import { stageLabel } from '../../../shared/i18n/labels.js';
import { NEED_KINDS, PARTY_KINDS } from '../../../shared/model/kinds.js';
import { useT } from '../../i18n/use-t.js';
import { selectGraphLoaded, selectLocale } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import type { AppState } from '../../store/types.js';
import { CountBars } from './CountBars.js';
import { overviewStats } from './overview-stats.js';

const selectInput = (s: AppState) => ({
  nodes: s.nodes,
  edgeIds: s.edgeIds,
  parties: s.parties,
  links: s.links,
  homeCountry: s.projectMeta?.homeCountry ?? '',
});

/** The project at a glance: what it needs, who supplies, how far the supply links have got. */
export function Overview() {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const input = useAppStore(useShallow(selectInput));
  const graphLoaded = useAppStore(selectGraphLoaded);
  const stats = useMemo(() => overviewStats(input), [input]);

  const headline = [
    { id: 'nodes', label: t('overview.nodes'), value: stats.nodes },
    { id: 'keyItems', label: t('overview.keyItems'), value: stats.keyItems },
    { id: 'edges', label: t('overview.edges'), value: stats.edges },
    { id: 'parties', label: t('overview.parties'), value: stats.parties },
    { id: 'links', label: t('overview.links'), value: stats.links },
    { id: 'homeCountry', label: t('overview.homeCountry'), value: input.homeCountry },
  ];
  return (
    <div className="overview" data-testid="overview-view">
      {graphLoaded && <ReadyMarker />}
      <h1 className="overview__title">{t('overview.title')}</h1>
      <dl className="stat-cards">
        {headline.map((card) => (
          <div className="stat-card" key={card.id} data-testid={`overview-${card.id}`}>
            <dt className="stat-card__label">{card.label}</dt>
            <dd className="stat-card__value">{card.value}</dd>
          </div>
        ))}
      </dl>
      <div className="overview__grid">
        <CountBars
          title={t('overview.byKind')}
          testId="overview-by-kind"
          rows={NEED_KINDS.map((kind) => ({
            id: kind,
            label: t(`kind.${kind}`),
            count: stats.byKind[kind],
            className: `kind-${kind}`,
          }))}
        />
        <CountBars
          title={t('overview.byStage')}
          testId="overview-by-stage"
          rows={stats.byStage.map((count, stage) => ({
            id: String(stage),
            label: stageLabel(locale, stage),
            count,
          }))}
        />
        <CountBars
          title={t('overview.byBadge')}
          testId="overview-by-origin"
          rows={[
            {
              id: 'domestic',
              label: t('badge.domestic'),
              count: stats.byOrigin.domestic,
              className: 'origin-domestic',
            },
            {
              id: 'import',
              label: t('badge.import'),
              count: stats.byOrigin.import,
              className: 'origin-import',
            },
            {
              id: 'none',
              label: t('badge.noSupplier'),
              count: stats.byOrigin.none,
              className: 'origin-none',
            },
          ]}
        />
        <CountBars
          title={t('overview.partiesByKind')}
          testId="overview-parties-by-kind"
          rows={PARTY_KINDS.map((kind) => ({
            id: kind,
            label: t(`partyKind.${kind}`),
            count: stats.partiesByKind[kind],
          }))}
        />
      </div>
    </div>
  );
}
