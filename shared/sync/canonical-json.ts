/** JSON values signed or hashed: keys sorted at every level, so equal data gives equal bytes. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

function isList(value: JsonValue): value is readonly JsonValue[] {
  return Array.isArray(value);
}

export function canonicalJson(value: JsonValue): string {
  if (isList(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value;
    const keys = Object.keys(record).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key] ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
