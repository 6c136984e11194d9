import { stageKeyName } from '../../../../shared/i18n/stage-names.js';
import type { StageDef } from '../../../../shared/model/templates.js';
import { useT } from '../../../i18n/use-t.js';
import { selectLocale, selectParties } from '../../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../../store/react.js';
import { formatSize } from '../move/evidence-files.js';
import type { TimelineEntry } from './timeline-model.js';

interface TransitionListProps {
  entries: readonly TimelineEntry[];
  stages: readonly StageDef[];
  /** Label each entry with its supplier (a need's timeline mixes several links). */
  supplierOf?: (linkId: string) => string;
}

/** Every recorded move, newest first, with who, when, why and the evidence files to open. */
export function TransitionList({ entries, stages, supplierOf }: TransitionListProps) {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const parties = useAppStore(selectParties);
  const name = (key: string) => (key === '' ? '—' : stageKeyName(locale, stages, key));
  if (entries.length === 0) return <p className="muted">{t('timeline.noMoves')}</p>;
  return (
    <ol className="timeline" data-testid="timeline-list">
      {entries.map(({ transition: tr, evidence }) => (
        <li
          key={tr.id}
          className={`timeline__entry timeline__entry--${tr.kind}`}
          data-testid="timeline-entry"
          data-kind={tr.kind}
        >
          <div className="timeline__date">{tr.date}</div>
          <div className="timeline__body">
            <div className="timeline__head">
              <span className={`tag tag--${tr.kind === 'approved' ? 'ok' : 'info'}`}>
                {t(`timeline.kind.${tr.kind}`)}
              </span>
              <span className="timeline__move" data-testid="timeline-move">
                {name(tr.fromStage)} → <strong>{name(tr.toStage)}</strong>
              </span>
              {supplierOf && <span className="muted">{supplierOf(tr.linkId)}</span>}
            </div>
            <div className="timeline__meta muted">
              {t('timeline.by', { party: parties[tr.byPartyId]?.name ?? tr.byPartyId })}
              {tr.testPlatformPartyId !== '' &&
                ` · ${t('timeline.platform', { party: parties[tr.testPlatformPartyId]?.name ?? tr.testPlatformPartyId })}`}
            </div>
            {tr.comment !== '' && <p className="timeline__comment">{tr.comment}</p>}
            {evidence.length > 0 && (
              <ul className="file-list">
                {evidence.map((file) => (
                  <li key={file.id} className="file-list__item">
                    <button
                      type="button"
                      className="link-button"
                      data-testid="evidence-open"
                      data-sha256={file.sha256}
                      title={`SHA-256 ${file.sha256}`}
                      onClick={() => void store.getState().openEvidence(file.id)}
                    >
                      {file.fileName}
                    </button>
                    <span className="muted">
                      {formatSize(file.size)} · {file.sha256.slice(0, 12)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
