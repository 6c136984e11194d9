import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Party } from '../../../shared/model/index.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ReadyMarker } from '../../components/ReadyMarker.js';
import { useT } from '../../i18n/use-t.js';
import { selectGraphLoaded, selectLocale } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import type { AppState } from '../../store/types.js';
import { AttachDialog } from './AttachDialog.js';
import { MergeDialog } from './MergeDialog.js';
import { PartyDialog } from './PartyDialog.js';
import { PartyTable } from './PartyTable.js';
import { partyRows } from './party-rows.js';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; party: Party }
  | { kind: 'merge'; party: Party }
  | { kind: 'attach'; party: Party }
  | { kind: 'remove'; party: Party; linkCount: number }
  | null;

const selectInput = (s: AppState) => ({
  parties: s.parties,
  links: s.links,
  home: s.projectMeta?.homeCountry ?? '',
});

/** Every party of the project: add, edit, merge duplicates and remove, each with confirmation. */
export function PartiesScreen() {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const loaded = useAppStore(selectGraphLoaded);
  const input = useAppStore(useShallow(selectInput));
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const rows = useMemo(
    () => partyRows(input.parties, input.links, input.home, filter, locale),
    [input, filter, locale],
  );
  const close = () => setDialog(null);
  const remove = async (party: Party) => {
    close();
    const outcome = await store.getState().deleteParty(party.id);
    if (outcome) store.getState().reportError(outcome);
  };

  return (
    <div className="screen" data-testid="parties-view">
      {loaded && <ReadyMarker />}
      <header className="screen__header">
        <h1 className="screen__title">{t('parties.title')}</h1>
        <span className="muted" data-testid="parties-count">
          {t('parties.count', { count: rows.length })}
        </span>
        <div className="screen__spacer" />
        <input
          type="search"
          className="field__input screen__search"
          placeholder={t('parties.search')}
          aria-label={t('parties.search')}
          value={filter}
          data-testid="parties-search"
          onChange={(event) => setFilter(event.target.value)}
        />
        <button
          type="button"
          className="button button--primary"
          data-testid="party-add"
          onClick={() => setDialog({ kind: 'add' })}
        >
          {t('parties.add')}
        </button>
      </header>
      <PartyTable
        rows={rows}
        onEdit={(party) => setDialog({ kind: 'edit', party })}
        onMerge={(party) => setDialog({ kind: 'merge', party })}
        onAttach={(party) => setDialog({ kind: 'attach', party })}
        onRemove={(party, linkCount) => setDialog({ kind: 'remove', party, linkCount })}
      />
      {dialog?.kind === 'add' && <PartyDialog onClose={close} />}
      {dialog?.kind === 'edit' && <PartyDialog party={dialog.party} onClose={close} />}
      {dialog?.kind === 'merge' && <MergeDialog duplicate={dialog.party} onClose={close} />}
      {dialog?.kind === 'attach' && <AttachDialog party={dialog.party} onClose={close} />}
      {dialog?.kind === 'remove' && (
        <ConfirmDialog
          title={t('parties.removeTitle')}
          message={t('parties.removeMessage', { name: dialog.party.name })}
          detail={t('parties.removeDetail', { count: dialog.linkCount })}
          confirmLabel={t('parties.remove')}
          cancelLabel={t('confirm.cancel')}
          onCancel={close}
          onConfirm={() => void remove(dialog.party)}
        />
      )}
    </div>
  );
}
