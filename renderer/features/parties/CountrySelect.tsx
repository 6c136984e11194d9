import { countryOptions } from '../../i18n/countries.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';

interface CountrySelectProps {
  id: string;
  value: string;
  onChange: (code: string) => void;
  testId: string;
}

/** Every ISO 3166 country and region, named in the user's language. */
export function CountrySelect({ id, value, onChange, testId }: CountrySelectProps) {
  const locale = useAppStore(selectLocale);
  return (
    <select
      id={id}
      className="select"
      value={value}
      data-testid={testId}
      onChange={(event) => onChange(event.target.value)}
    >
      {countryOptions(locale).map((option) => (
        <option key={option.code} value={option.code}>
          {option.name} ({option.code})
        </option>
      ))}
    </select>
  );
}
