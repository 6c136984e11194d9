import { useShallow } from 'zustand/react/shallow';
import { stageLabel } from '../../../shared/i18n/labels.js';
import { useT } from '../../i18n/use-t.js';
import { linksOfNode, selectLocale, selectParties } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';

/** The need node's supply links, read-only here: who supplies it, at which stage, how it goes. */
export function SupplierTable({ nodeId }: { nodeId: string }) {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const parties = useAppStore(selectParties);
  const links = useAppStore(useShallow((state) => linksOfNode(state, nodeId)));

  return (
    <section className="inspector__section" aria-labelledby={`suppliers-${nodeId}`}>
      <h3 className="inspector__heading" id={`suppliers-${nodeId}`}>
        {t('inspector.suppliers')}
      </h3>
      {links.length === 0 ? (
        <p className="muted" data-testid="inspector-no-suppliers">
          {t('inspector.noSuppliers')}
        </p>
      ) : (
        <table className="table" data-testid="inspector-suppliers">
          <thead>
            <tr>
              <th scope="col">{t('inspector.supplierParty')}</th>
              <th scope="col">{t('inspector.supplierStage')}</th>
              <th scope="col">{t('inspector.supplierStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => {
              const party = parties[link.partyId];
              return (
                <tr key={link.id} data-testid="supplier-row" data-link-id={link.id}>
                  <td>
                    {party?.name ?? link.partyId}
                    {party && <span className="country-code">{party.country}</span>}
                  </td>
                  <td>{stageLabel(locale, link.stage)}</td>
                  <td>
                    <span className={`status status--${link.status}`}>
                      {t(`linkStatus.${link.status}`)}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
