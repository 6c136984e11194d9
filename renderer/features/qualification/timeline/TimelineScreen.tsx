import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ReadyMarker } from '../../../components/ReadyMarker.js';
import { useT } from '../../../i18n/use-t.js';
import { selectGraphLoaded, selectLocale } from '../../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../../store/react.js';
import type { AppState } from '../../../store/types.js';
import { useProjectStages } from '../use-stages.js';
import { LinkSummary } from './LinkSummary.js';
import { PlanTable } from './PlanTable.js';
import { TransitionList } from './TransitionList.js';
import { timelineEntries } from './timeline-model.js';

const selectInput = (s: AppState) => ({
  focus: s.timelineFocus,
  links: s.links,
  nodes: s.nodes,
  parties: s.parties,
  transitions: s.transitions,
  evidence: s.evidence,
});

/** The history of one supply link, or of every supply link of one need node. */
export function TimelineScreen() {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const loaded = useAppStore(selectGraphLoaded);
  const input = useAppStore(useShallow(selectInput));
  const stages = useProjectStages();
  const ids = { need: useId(), link: useId() };
  const { focus, links, nodes, parties } = input;
  const focusLink = focus && 'linkId' in focus ? links[focus.linkId] : undefined;
  const nodeId = focusLink?.nodeId ?? (focus && 'nodeId' in focus ? focus.nodeId : '');
  const nodeLinks = useMemo(
    () => Object.values(links).filter((l) => l.nodeId === nodeId),
    [links, nodeId],
  );
  const needs = useMemo(() => {
    const linked = new Set(Object.values(links).map((l) => l.nodeId));
    const collator = new Intl.Collator(locale);
    return Object.values(nodes)
      .filter((n) => linked.has(n.id))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [links, nodes, locale]);
  const shownIds = useMemo(
    () => new Set(focusLink ? [focusLink.id] : nodeLinks.map((l) => l.id)),
    [focusLink, nodeLinks],
  );
  const entries = useMemo(
    () => timelineEntries(input.transitions, input.evidence, shownIds),
    [input.transitions, input.evidence, shownIds],
  );
  const supplierOf = (linkId: string) => parties[links[linkId]?.partyId ?? '']?.name ?? '';
  const show = store.getState().showTimeline;

  return (
    <div className="screen" data-testid="timeline-view">
      {loaded && <ReadyMarker />}
      <header className="screen__header">
        <h1 className="screen__title">{t('timeline.title')}</h1>
        <div className="screen__spacer" />
        <label className="filters__item" htmlFor={ids.need}>
          <span className="field__label">{t('timeline.need')}</span>
          <select
            id={ids.need}
            className="select"
            value={nodeId}
            data-testid="timeline-need"
            onChange={(e) => show(e.target.value === '' ? null : { nodeId: e.target.value })}
          >
            <option value="">{t('timeline.chooseNeed')}</option>
            {needs.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__item" htmlFor={ids.link}>
          <span className="field__label">{t('timeline.supplier')}</span>
          <select
            id={ids.link}
            className="select"
            value={focusLink?.id ?? ''}
            disabled={nodeId === ''}
            data-testid="timeline-link"
            onChange={(e) => show(e.target.value === '' ? { nodeId } : { linkId: e.target.value })}
          >
            <option value="">{t('timeline.allSuppliers')}</option>
            {nodeLinks.map((l) => (
              <option key={l.id} value={l.id}>
                {parties[l.partyId]?.name ?? l.partyId}
              </option>
            ))}
          </select>
        </label>
      </header>
      {nodeId === '' ? (
        <p className="screen__empty muted">{t('timeline.empty')}</p>
      ) : (
        <div className="timeline-layout">
          <div className="timeline-layout__side">
            {(focusLink ? [focusLink] : nodeLinks).map((link) => (
              <section key={link.id} className="panel" data-testid="timeline-link-panel">
                <LinkSummary link={link} stages={stages} />
                {focusLink && (
                  <PlanTable
                    link={link}
                    stages={stages}
                    transitions={entries.map((e) => e.transition)}
                  />
                )}
              </section>
            ))}
          </div>
          <section className="timeline-layout__main panel" aria-label={t('timeline.moves')}>
            <h2 className="panel__title">{t('timeline.moves')}</h2>
            <TransitionList
              entries={entries}
              stages={stages}
              {...(focusLink ? {} : { supplierOf })}
            />
          </section>
        </div>
      )}
    </div>
  );
}
