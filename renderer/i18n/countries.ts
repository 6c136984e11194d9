import { COUNTRY_CODES } from '../../shared/model/countries.js';
import type { Locale } from '../../shared/i18n/locales.js';

const displayNames = new Map<Locale, Intl.DisplayNames>();

function namesFor(locale: Locale): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  return names;
}

/** A country or region's name in the user's language, from the browser's own data. */
export function countryName(locale: Locale, code: string): string {
  try {
    return namesFor(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface CountryOption {
  code: string;
  name: string;
}

const sorted = new Map<Locale, CountryOption[]>();

/** Every ISO 3166 code with its localized name, in the locale's alphabetical order. */
export function countryOptions(locale: Locale): readonly CountryOption[] {
  let options = sorted.get(locale);
  if (!options) {
    const collator = new Intl.Collator(locale);
    options = COUNTRY_CODES.map((code) => ({ code, name: countryName(locale, code) })).sort(
      (a, b) => collator.compare(a.name, b.name),
    );
    sorted.set(locale, options);
  }
  return options;
}
