import { describe, expect, it } from 'vitest';
import { ENTITY_FIELDS, ENTITY_NAMES, FIELD_DEFAULTS } from '../../shared/model/fields.js';
import { ENTITY_RANK, REFERENCES } from '../../shared/sync/references.js';
import { SCOPE_RULES, scopeFields } from '../../shared/sync/scope.js';

describe('the reference and scope tables', () => {
  it('have a row for every entity, so a new entity cannot sync without a scope rule', () => {
    for (const entity of ENTITY_NAMES) {
      expect(REFERENCES[entity], `REFERENCES.${entity}`).toBeDefined();
      expect(SCOPE_RULES[entity], `SCOPE_RULES.${entity}`).toBeDefined();
    }
  });

  it('declare every field that names another record', () => {
    for (const entity of ENTITY_NAMES) {
      const named = Object.keys(ENTITY_FIELDS[entity]).filter(
        (f) => /Id$/.test(f) || f === 'sha256',
      );
      expect(Object.keys(REFERENCES[entity] ?? {}).sort(), entity).toEqual(named.sort());
    }
  });

  it('name only fields the model has', () => {
    for (const entity of ENTITY_NAMES) {
      for (const field of scopeFields(entity)) {
        expect(Object.keys(ENTITY_FIELDS[entity]), `${entity}.${field}`).toContain(field);
      }
    }
  });

  it('hide only fields that have a default, so a record still shows without them', () => {
    for (const entity of ENTITY_NAMES) {
      for (const field of SCOPE_RULES[entity]?.private?.fields ?? []) {
        expect(Object.keys(FIELD_DEFAULTS[entity] ?? {}), `${entity}.${field}`).toContain(field);
      }
    }
  });

  it('rank every record after the records it strongly names', () => {
    expect(ENTITY_RANK.get('party')).toBeLessThan(ENTITY_RANK.get('node') ?? -1);
    expect(ENTITY_RANK.get('node')).toBeLessThan(ENTITY_RANK.get('link') ?? -1);
    expect(ENTITY_RANK.get('node')).toBeLessThan(ENTITY_RANK.get('edge') ?? -1);
  });
});
