import { NEED_KINDS, type NeedKind } from '../../../shared/model/kinds.js';
import { useT } from '../../i18n/use-t.js';

interface KindPickerProps {
  value: NeedKind;
  onChange: (kind: NeedKind) => void;
  id?: string;
  testId: string;
  label?: string;
}

function isNeedKind(value: string): value is NeedKind {
  return (NEED_KINDS as readonly string[]).includes(value);
}

/** A select of the six need kinds, used by the toolbar and the inspector. */
export function KindPicker({ value, onChange, id, testId, label }: KindPickerProps) {
  const t = useT();
  return (
    <select
      id={id}
      className="select"
      value={value}
      aria-label={label}
      data-testid={testId}
      onChange={(event) => {
        if (isNeedKind(event.target.value)) onChange(event.target.value);
      }}
    >
      {NEED_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(`kind.${kind}`)}
        </option>
      ))}
    </select>
  );
}
