import { isMessageKey } from '../../../../shared/i18n/index.js';
import { ppapChecklist, type PpapLevel } from '../../../../shared/model/ppap.js';
import { useT } from '../../../i18n/use-t.js';

/** The 18 PPAP elements with what the chosen submission level asks for each. */
export function PpapTable({ level }: { level: PpapLevel }) {
  const t = useT();
  const elementName = (key: string) => {
    const message = `ppap.element.${key}`;
    return isMessageKey(message) ? t(message) : key;
  };
  return (
    <table className="table ppap" data-testid="ppap-table">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('ppap.element')}</th>
          <th scope="col">{t('ppap.mark')}</th>
        </tr>
      </thead>
      <tbody>
        {ppapChecklist(level).map((item) => (
          <tr key={item.key} data-testid="ppap-row" data-mark={item.mark}>
            <td className="num">{item.number}</td>
            <td>{elementName(item.key)}</td>
            <td>
              <span className={`tag ppap__mark--${item.mark === '*' ? 'request' : item.mark}`}>
                {item.mark} · {t(`ppap.mark.${item.mark}`)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
