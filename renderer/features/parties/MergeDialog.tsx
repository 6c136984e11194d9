import { useMemo, useState } from 'react';
import type { Party } from '../../../shared/model/index.js';
import { useT } from '../../i18n/use-t.js';
import { selectLinks, selectLocale, selectParties } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { PickDialog } from './PickDialog.js';

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
  const options = useMemo(
    () =>
      Object.values(parties)
        .filter((p) => p.id !== duplicate.id)
        .sort((a, b) => new Intl.Collator(locale).compare(a.name, b.name))
        .map((party) => ({ value: party.id, label: party.name })),
    [parties, duplicate.id, locale],
  );
  const [keep, setKeep] = useState(options[0]?.value ?? '');
  const moving = Object.values(links).filter((l) => l.partyId === duplicate.id).length;

  return (
    <PickDialog
      title={t('parties.mergeTitle', { name: duplicate.name })}
      name="merge"
      selectTestId="merge-keep"
      label={t('parties.mergeInto')}
      value={keep}
      onChange={setKeep}
      options={options}
      confirmLabel={t('parties.merge')}
      danger
      onConfirm={() => store.getState().mergeParties(keep, duplicate.id)}
      onClose={onClose}
    >
      <p data-testid="merge-summary">
        {t('parties.mergeSummary', { name: duplicate.name, count: moving })}
      </p>
    </PickDialog>
  );
}
