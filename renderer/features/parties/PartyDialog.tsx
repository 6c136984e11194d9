import { useId, useState } from 'react';
import { PARTY_KINDS, type Party, type PartyKind } from '../../../shared/model/index.js';
import { parseContacts, type Contact } from '../../../shared/model/json-fields.js';
import { Modal } from '../../components/Modal.js';
import { ModalActions } from '../../components/ModalActions.js';
import { useT } from '../../i18n/use-t.js';
import { selectLocale, selectProjectMeta } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { errorText } from '../qualification/error-text.js';
import { ContactsEditor } from './ContactsEditor.js';
import { CountrySelect } from './CountrySelect.js';

interface PartyDialogProps {
  /** The party to edit; a new one when absent. */
  party?: Party;
  onClose: () => void;
}

/** Add or edit a party: name, kind, country/region, contacts and notes. */
export function PartyDialog({ party, onClose }: PartyDialogProps) {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const home = useAppStore(selectProjectMeta)?.homeCountry ?? 'CN';
  const [name, setName] = useState(party?.name ?? '');
  const [kind, setKind] = useState<PartyKind>(party?.kind ?? 'component_supplier');
  const [country, setCountry] = useState(party?.country ?? home);
  const [notes, setNotes] = useState(party?.notes ?? '');
  const [contacts, setContacts] = useState<Contact[]>(parseContacts(party?.contacts ?? '[]'));
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { name: useId(), kind: useId(), country: useId(), notes: useId() };

  const save = async () => {
    if (name.trim() === '') {
      setProblem(t('validation.nameEmpty'));
      return;
    }
    const fields = { name: name.trim(), kind, country, notes, contacts };
    const state = store.getState();
    const outcome = party
      ? await state.updateParty(party.id, fields)
      : await state.createParty(fields);
    if (outcome) setProblem(errorText(locale, outcome));
    else onClose();
  };

  return (
    <Modal
      title={party ? t('parties.editTitle') : t('parties.addTitle')}
      testId="party-dialog"
      wide
      onClose={onClose}
      actions={
        <ModalActions
          cancelLabel={t('confirm.cancel')}
          onCancel={onClose}
          confirmLabel={t('parties.save')}
          confirmTestId="party-save"
          onConfirm={() => void save()}
        />
      }
    >
      <div className="form-grid">
        <div className="field">
          <label className="field__label" htmlFor={ids.name}>
            {t('inspector.name')}
          </label>
          <input
            id={ids.name}
            className="field__input"
            value={name}
            data-testid="party-name"
            aria-invalid={problem !== null && name.trim() === ''}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.kind}>
            {t('parties.kind')}
          </label>
          <select
            id={ids.kind}
            className="select"
            value={kind}
            data-testid="party-kind"
            onChange={(event) => setKind(event.target.value as PartyKind)}
          >
            {PARTY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`partyKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.country}>
            {t('parties.country')}
          </label>
          <CountrySelect
            id={ids.country}
            value={country}
            onChange={setCountry}
            testId="party-country"
          />
        </div>
      </div>
      <ContactsEditor contacts={contacts} onChange={setContacts} />
      <div className="field">
        <label className="field__label" htmlFor={ids.notes}>
          {t('inspector.notes')}
        </label>
        <textarea
          id={ids.notes}
          className="field__input"
          value={notes}
          data-testid="party-notes"
          onChange={(event) => setNotes(event.target.value)}
        />
      </div>
      {problem !== null && (
        <p className="form-error" role="alert" data-testid="party-error">
          {problem}
        </p>
      )}
    </Modal>
  );
}
