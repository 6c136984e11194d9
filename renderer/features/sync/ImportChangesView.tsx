import type { ImportChanges, PartyChanges } from '../../../shared/ipc/contract.js';
import { stageKeyName } from '../../../shared/i18n/stage-names.js';
import { useT } from '../../i18n/use-t.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import { useProjectStages } from '../qualification/use-stages.js';
import { entityLabel, fieldLabel } from './format.js';

function PartySection({ party }: { party: PartyChanges }) {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const stages = useProjectStages();
  const stage = (key: string) => stageKeyName(locale, stages, key);
  return (
    <section className="change-party" data-testid="preview-party">
      <h3 className="change-party__title">
        {t('sync.preview.byParty', { party: party.name })}
        <span className="muted">
          {t('sync.preview.tally', {
            created: party.created,
            changed: party.changed,
            deleted: party.deleted,
          })}
        </span>
      </h3>
      {party.stageMoves.length > 0 && (
        <ul className="change-list change-list--moves" aria-label={t('sync.preview.stageMoves')}>
          {party.stageMoves.map((move) => (
            <li key={move.transitionId} data-testid="preview-stage-move">
              <span className="tag tag--info">{t(`sync.preview.moveKind.${move.kind}`)}</span>
              <span className="change-list__label">{move.linkLabel}</span>
              <span className="stage-move">
                {stage(move.fromStage)} → <strong>{stage(move.toStage)}</strong>
              </span>
              <span className="muted">{move.date}</span>
              {move.evidence.length > 0 && (
                <span className="change-list__evidence">
                  {t('sync.preview.evidence', { files: move.evidence })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {party.records.length > 0 && (
        <ul className="change-list">
          {party.records.map((record) => (
            <li key={`${record.entity}:${record.id}`} data-testid="preview-record">
              <span className={`tag change-tag--${record.change}`}>
                {t(`sync.preview.change.${record.change}`)}
              </span>
              <span className="change-list__entity muted">{entityLabel(t, record.entity)}</span>
              <span className="change-list__label">{record.label}</span>
              {record.fields.length > 0 && (
                <span className="muted">
                  {record.fields.map((f) => fieldLabel(t, f)).join(' · ')}
                </span>
              )}
            </li>
          ))}
          {party.unlisted > 0 && (
            <li className="muted">{t('sync.preview.unlisted', { count: party.unlisted })}</li>
          )}
        </ul>
      )}
    </section>
  );
}

/** What an import would change, per party, and the conflicts it would create. */
export function ImportChangesView({ changes }: { changes: ImportChanges }) {
  const t = useT();
  return (
    <div className="import-changes" data-testid="preview-changes">
      <p className="import-changes__counts" data-testid="preview-counts">
        {t('sync.preview.counts', { count: changes.newChanges, duplicates: changes.duplicates })}
      </p>
      {changes.parties.length === 0 && <p className="muted">{t('sync.preview.noVisible')}</p>}
      {changes.parties.map((party) => (
        <PartySection key={party.partyId} party={party} />
      ))}
      <section
        className={`change-conflicts ${changes.conflicts.length > 0 ? 'change-conflicts--some' : ''}`}
        data-testid="preview-conflicts"
      >
        <h3 className="change-party__title">{t('sync.preview.conflicts')}</h3>
        {changes.conflicts.length === 0 ? (
          <p className="muted">{t('sync.preview.noConflicts')}</p>
        ) : (
          <>
            <ul className="change-list">
              {changes.conflicts.map((conflict) => (
                <li
                  key={`${conflict.entity}:${conflict.id}:${conflict.field}`}
                  data-testid="preview-conflict"
                >
                  <span className="conflict-mark" aria-hidden="true">
                    !
                  </span>
                  <span className="change-list__label">{conflict.label}</span>
                  <span className="muted">{fieldLabel(t, conflict.field)}</span>
                </li>
              ))}
            </ul>
            <p className="hint">{t('sync.preview.conflictsNote')}</p>
          </>
        )}
      </section>
    </div>
  );
}
