import { useId, useMemo, useState } from 'react';
import type { Party } from '../../../shared/model/index.js';
import { Modal } from '../../components/Modal.js';
import { useT } from '../../i18n/use-t.js';
import { selectLinks, selectLocale, selectParties } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { errorText } from '../qualification/error-text.js';

/**
 * Merge a duplicate party into another: the duplicate's supply links (with their history)
 * move to the party kept, and the duplicate is removed, in one change.
 */
export function MergeDialog({ duplicate, onClose }: { duplicate: Party; onClose: () => void }) {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const parties = useAppStore(selectParties);
  const links = useAppStore(selectLinks);
  const keepId = useId();
  const candidates = useMemo(
    () =>
      Object.values(parties)
        .filter((p) => p.id !== duplicate.id)
        .sort((a, b) => new Intl.Collator(locale).compare(a.name, b.name)),
    [parties, duplicate.id, locale],
  );
  const [keep, setKeep] = useState(candidates[0]?.id ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const moving = Object.values(links).filter((l) => l.partyId === duplicate.id).length;

  const merge = async () => {
    const outcome = await store.getState().mergeParties(keep, duplicate.id);
    if (outcome) setProblem(errorText(locale, outcome));
    else onClose();
  };

  return (
    <Modal
      title={t('parties.mergeTitle', { name: duplicate.name })}
      testId="merge-dialog"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('confirm.cancel')}
          </button>
          <button
            type="button"
            className="button button--danger-solid"
            data-testid="merge-confirm"
            disabled={keep === ''}
            onClick={() => void merge()}
          >
            {t('parties.merge')}
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={keepId}>
          {t('parties.mergeInto')}
        </label>
        <select
          id={keepId}
          className="select"
          value={keep}
          data-testid="merge-keep"
          onChange={(event) => setKeep(event.target.value)}
        >
          {candidates.map((party) => (
            <option key={party.id} value={party.id}>
              {party.name}
            </option>
          ))}
        </select>
      </div>
      <p data-testid="merge-summary">
        {t('parties.mergeSummary', { name: duplicate.name, count: moving })}
      </p>
      {problem !== null && (
        <p className="form-error" role="alert" data-testid="merge-error">
          {problem}
        </p>
      )}
    </Modal>
  );
}
