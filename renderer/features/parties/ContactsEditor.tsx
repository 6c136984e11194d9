import type { Contact } from '../../../shared/model/json-fields.js';
import { useT } from '../../i18n/use-t.js';

interface ContactsEditorProps {
  contacts: readonly Contact[];
  onChange: (contacts: Contact[]) => void;
}

const FIELDS = ['name', 'role', 'email', 'phone'] as const;
const EMPTY: Contact = { name: '', role: '', email: '', phone: '' };

/** People to reach at a party: one row each, added and removed in place. */
export function ContactsEditor({ contacts, onChange }: ContactsEditorProps) {
  const t = useT();
  const edit = (index: number, field: keyof Contact, value: string) =>
    onChange(contacts.map((c, i) => (i === index ? { ...c, [field]: value } : c)));
  return (
    <fieldset className="contacts" data-testid="contacts-editor">
      <legend className="field__label">{t('parties.contacts')}</legend>
      {contacts.length === 0 && <p className="muted">{t('parties.noContacts')}</p>}
      {contacts.map((contact, index) => (
        <div className="contacts__row" key={index} data-testid="contact-row">
          {FIELDS.map((field) => (
            <input
              key={field}
              className="field__input"
              aria-label={t(`parties.contact.${field}`)}
              placeholder={t(`parties.contact.${field}`)}
              value={contact[field]}
              data-testid={`contact-${field}`}
              onChange={(event) => edit(index, field, event.target.value)}
            />
          ))}
          <button
            type="button"
            className="icon-button"
            aria-label={t('parties.removeContact')}
            title={t('parties.removeContact')}
            onClick={() => onChange(contacts.filter((_, i) => i !== index))}
          >
            ×
          </button>
        </div>
      ))}
      <button
        type="button"
        className="link-button"
        data-testid="contact-add"
        disabled={contacts.length >= 20}
        onClick={() => onChange([...contacts, EMPTY])}
      >
        {t('parties.addContact')}
      </button>
    </fieldset>
  );
}
