import { describe, expect, it } from 'vitest';
import { PPAP_ELEMENTS, ppapChecklist, ppapSubmissions } from '../../shared/model/ppap.js';

const marks = (level: 1 | 2 | 3 | 4 | 5) =>
  Object.fromEntries(ppapChecklist(level).map((item) => [item.key, item.mark]));

describe('the PPAP checklist', () => {
  it('lists the 18 elements numbered as the manual counts them', () => {
    const items = ppapChecklist(3);
    expect(items).toHaveLength(18);
    expect(PPAP_ELEMENTS).toHaveLength(18);
    expect(items[0]).toMatchObject({ number: 1, key: 'design_records' });
    expect(items[17]).toMatchObject({ number: 18, key: 'psw' });
  });

  it('asks at level 1 for the warrant and the appearance report only', () => {
    expect(ppapSubmissions(1)).toEqual(['appearance_approval', 'psw']);
  });

  it('adds samples and limited data at level 2', () => {
    expect(ppapSubmissions(2)).toEqual([
      'design_records',
      'engineering_changes',
      'dimensional_results',
      'material_performance',
      'qualified_lab',
      'appearance_approval',
      'sample_product',
      'psw',
    ]);
  });

  it('submits everything at level 3 except the master sample and checking aids', () => {
    const level3 = marks(3);
    expect(level3.master_sample).toBe('R');
    expect(level3.checking_aids).toBe('R');
    expect(ppapSubmissions(3)).toHaveLength(16);
  });

  it('leaves level 4 to the customer except the warrant, and reviews everything on site at level 5', () => {
    const level4 = marks(4);
    expect(Object.entries(level4).filter(([, mark]) => mark !== '*')).toEqual([['psw', 'S']]);
    expect(new Set(Object.values(marks(5)))).toEqual(new Set(['R']));
  });

  it('marks the elements a supply link has completed', () => {
    const items = ppapChecklist(2, ['psw', 'msa']);
    expect(items.filter((item) => item.done).map((item) => item.key)).toEqual(['msa', 'psw']);
  });
});
