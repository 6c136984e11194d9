import type { Party } from '../../../shared/model/index.js';
import { countryName } from '../../i18n/countries.js';
import { useT } from '../../i18n/use-t.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import type { PartyRow } from './party-rows.js';

interface PartyTableProps {
  rows: readonly PartyRow[];
  onEdit: (party: Party) => void;
  onMerge: (party: Party) => void;
  onAttach: (party: Party) => void;
  onRemove: (party: Party, linkCount: number) => void;
}

export function PartyTable({ rows, onEdit, onMerge, onAttach, onRemove }: PartyTableProps) {
  const t = useT();
  const locale = useAppStore(selectLocale);
  return (
    <div className="screen__scroll">
      <table className="table table--wide" data-testid="parties-table">
        <thead>
          <tr>
            <th scope="col">{t('inspector.name')}</th>
            <th scope="col">{t('parties.kind')}</th>
            <th scope="col">{t('parties.country')}</th>
            <th scope="col">{t('parties.origin')}</th>
            <th scope="col">{t('parties.contacts')}</th>
            <th scope="col">{t('inspector.notes')}</th>
            <th scope="col" className="num">
              {t('parties.links')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('parties.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ party, origin, contacts, linkCount }) => (
            <tr key={party.id} data-testid="party-row" data-party-id={party.id}>
              <th scope="row" className="party-name">
                {party.name}
              </th>
              <td className="party-kind">{t(`partyKind.${party.kind}`)}</td>
              <td className="party-country" data-testid="party-country-name">
                {countryName(locale, party.country)}
                <span className="country-code">{party.country}</span>
              </td>
              <td>
                <span className={`origin-badge origin-badge--${origin}`} data-testid="party-origin">
                  {t(origin === 'domestic' ? 'badge.domestic' : 'badge.import')}
                </span>
              </td>
              <td className="party-contacts">
                {contacts.length === 0
                  ? '—'
                  : contacts.map((c) => (
                      <div
                        key={`${c.name}${c.email}`}
                        title={[c.role, c.email, c.phone].filter(Boolean).join(' · ')}
                      >
                        {c.name}
                      </div>
                    ))}
              </td>
              <td className="party-notes" title={party.notes}>
                {party.notes}
              </td>
              <td className="num" data-testid="party-link-count">
                {linkCount}
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  className="link-button"
                  data-testid="party-edit"
                  onClick={() => onEdit(party)}
                >
                  {t('parties.edit')}
                </button>
                <button
                  type="button"
                  className="link-button"
                  data-testid="party-attach"
                  onClick={() => onAttach(party)}
                >
                  {t('parties.attach')}
                </button>
                <button
                  type="button"
                  className="link-button"
                  data-testid="party-merge"
                  onClick={() => onMerge(party)}
                >
                  {t('parties.mergeAction')}
                </button>
                <button
                  type="button"
                  className="link-button link-button--danger"
                  data-testid="party-remove"
                  onClick={() => onRemove(party, linkCount)}
                >
                  {t('parties.removeAction')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
