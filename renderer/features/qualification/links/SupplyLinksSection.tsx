import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { projectStageLabel } from '../../../../shared/i18n/stage-names.js';
import { originOf } from '../../../../shared/model/countries.js';
import { isOverdue, localToday } from '../../../../shared/model/overdue.js';
import { useT } from '../../../i18n/use-t.js';
import {
  linksOfNode,
  selectLocale,
  selectParties,
  selectProjectMeta,
} from '../../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../../store/react.js';
import { useProjectStages } from '../use-stages.js';
import { LinkEditor } from './LinkEditor.js';

/**
 * A need node's supply links in the inspector: who supplies it, where each stands (official
 * and reported), attach another supplier, and edit each link's planning fields.
 */
export function SupplyLinksSection({ nodeId }: { nodeId: string }) {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const parties = useAppStore(selectParties);
  const home = useAppStore(selectProjectMeta)?.homeCountry ?? '';
  const links = useAppStore(useShallow((state) => linksOfNode(state, nodeId)));
  const stages = useProjectStages();
  const [openId, setOpenId] = useState<string | null>(null);
  const [candidate, setCandidate] = useState('');
  const pickId = useId();
  const today = localToday();
  const available = useMemo(() => {
    const linked = new Set(links.map((l) => l.partyId));
    const collator = new Intl.Collator(locale);
    return Object.values(parties)
      .filter((p) => !linked.has(p.id))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [links, parties, locale]);

  const attach = async () => {
    if (candidate === '') return;
    const outcome = await store.getState().createLink(nodeId, candidate);
    if (outcome) store.getState().reportError(outcome);
    else setCandidate('');
  };

  return (
    <section className="inspector__section" aria-labelledby={`suppliers-${nodeId}`}>
      <h3 className="inspector__heading" id={`suppliers-${nodeId}`}>
        {t('inspector.suppliers')} <span className="muted">{links.length}</span>
      </h3>
      {links.length === 0 && (
        <p className="muted" data-testid="inspector-no-suppliers">
          {t('inspector.noSuppliers')}
        </p>
      )}
      <ul className="supply-links" data-testid="inspector-suppliers">
        {links.map((link) => {
          const party = parties[link.partyId];
          const origin = originOf(party?.country ?? '', home);
          const open = openId === link.id;
          const claim = link.reportedStage !== null && link.reportedStage !== link.stage;
          return (
            <li
              key={link.id}
              className="supply-link"
              data-testid="supplier-row"
              data-link-id={link.id}
            >
              <button
                type="button"
                className="supply-link__toggle"
                aria-expanded={open}
                data-testid="supplier-toggle"
                onClick={() => setOpenId(open ? null : link.id)}
              >
                <span className="supply-link__party">
                  {party?.name ?? link.partyId}
                  <span className={`origin-badge origin-badge--${origin}`}>
                    {t(origin === 'domestic' ? 'badge.domestic' : 'badge.import')}
                  </span>
                </span>
                <span className="supply-link__stage">
                  {projectStageLabel(locale, stages, link.stage)}
                  {claim && link.reportedStage !== null && (
                    <span className="tag tag--info" data-testid="supplier-claim">
                      {t('board.claim', {
                        stage: projectStageLabel(locale, stages, link.reportedStage),
                      })}
                    </span>
                  )}
                  {isOverdue(link, stages, today) && (
                    <span className="tag tag--danger">{t('board.overdueShort')}</span>
                  )}
                  <span className={`status status--${link.status}`}>
                    {t(`linkStatus.${link.status}`)}
                  </span>
                  <span className="tag">{t(`link.role.${link.role}`)}</span>
                </span>
              </button>
              {open && (
                <div className="supply-link__detail">
                  <LinkEditor link={link} stages={stages} />
                  <div className="inspector__actions">
                    <button
                      type="button"
                      className="button"
                      data-testid="supplier-move"
                      onClick={() =>
                        store.getState().requestMove({
                          linkId: link.id,
                          toStage: Math.min(stages.length - 1, link.stage + 1),
                          mode: 'move',
                        })
                      }
                    >
                      {t('link.move')}
                    </button>
                    <button
                      type="button"
                      className="button"
                      data-testid="supplier-timeline"
                      onClick={() => store.getState().showTimeline({ linkId: link.id })}
                    >
                      {t('board.timeline')}
                    </button>
                    <button
                      type="button"
                      className="button button--danger"
                      data-testid="supplier-detach"
                      onClick={() => void store.getState().deleteLink(link.id)}
                    >
                      {t('link.detach')}
                    </button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <div className="field field--row">
        <div className="field field--grow">
          <label className="field__label" htmlFor={pickId}>
            {t('link.attach')}
          </label>
          <select
            id={pickId}
            className="select"
            value={candidate}
            data-testid="supplier-pick"
            onChange={(e) => setCandidate(e.target.value)}
          >
            <option value="">{t('link.choose')}</option>
            {available.map((party) => (
              <option key={party.id} value={party.id}>
                {party.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button"
          data-testid="supplier-attach"
          disabled={candidate === ''}
          onClick={() => void attach()}
        >
          {t('link.attachButton')}
        </button>
      </div>
    </section>
  );
}
