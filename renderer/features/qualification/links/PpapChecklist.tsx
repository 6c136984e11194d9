import { isMessageKey } from '../../../../shared/i18n/index.js';
import type { SupplyLink } from '../../../../shared/model/index.js';
import { parseChecklist } from '../../../../shared/model/json-fields.js';
import { ppapChecklist, type PpapLevel } from '../../../../shared/model/ppap.js';
import { useT } from '../../../i18n/use-t.js';
import { selectProjectMeta } from '../../../store/selectors.js';
import { useAppStore } from '../../../store/react.js';

interface PpapChecklistProps {
  link: SupplyLink;
  onChange: (checklist: string[]) => void;
}

/** The 18 PPAP elements of a supply link, each marked as the project's level asks. */
export function PpapChecklist({ link, onChange }: PpapChecklistProps) {
  const t = useT();
  const level = (useAppStore(selectProjectMeta)?.ppapLevel ?? 3) as PpapLevel;
  const done = parseChecklist(link.checklist);
  const items = ppapChecklist(level, done);
  const name = (key: string) => {
    const message = `ppap.element.${key}`;
    return isMessageKey(message) ? t(message) : key;
  };
  return (
    <fieldset className="ppap-checklist" data-testid="ppap-checklist">
      <legend className="field__label">
        {t('ppap.checklist', { level, done: done.length, total: items.length })}
      </legend>
      {items.map((item) => (
        <label key={item.key} className="checkbox ppap-checklist__item">
          <input
            type="checkbox"
            checked={item.done}
            onChange={(e) =>
              onChange(e.target.checked ? [...done, item.key] : done.filter((k) => k !== item.key))
            }
          />
          <span className="ppap-checklist__number">{item.number}</span>
          <span className="ppap-checklist__name">{name(item.key)}</span>
          <span className="tag" title={t(`ppap.mark.${item.mark}`)}>
            {item.mark}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
