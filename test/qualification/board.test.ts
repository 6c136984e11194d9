import { describe, expect, it } from 'vitest';
import {
  boardColumns,
  type BoardInput,
} from '../../renderer/features/qualification/board/board-model.js';
import { nextFocus } from '../../renderer/features/qualification/board/board-keys.js';
import { templateStages } from '../../shared/model/templates.js';
import { link, node, party } from '../renderer/fixtures.js';

const input = (filters: Partial<BoardInput['filters']> = {}): BoardInput => ({
  stages: templateStages('one_dragon'),
  links: {
    a: { ...link('a', 'bearing', 'cn', 3), stageTargets: '{"test_verification":"2026-01-01"}' },
    b: link('b', 'bearing', 'de', 7),
    c: link('c', 'steel', 'cn', 3),
    d: { ...link('d', 'spindle', 'cn', 3), reportedStage: 4 },
  },
  nodes: {
    bearing: node('bearing', { name: 'Bearing', keyItem: true }),
    steel: node('steel', { name: 'Steel', kind: 'material' }),
    spindle: node('spindle', { name: 'Spindle' }),
  },
  parties: { cn: party('cn', 'CN'), de: party('de', 'DE') },
  homeCountry: 'CN',
  filters: { partyId: null, kind: null, keyItemOnly: false, overdueOnly: false, ...filters },
  today: '2026-11-26',
});
const ids = (columns: ReturnType<typeof boardColumns>) =>
  columns.map((c) => c.map((card) => card.link.id));

describe('the qualification board', () => {
  it('puts each link in its stage column, overdue first, then key items, then claims', () => {
    const columns = boardColumns(input(), 'en');
    expect(columns).toHaveLength(8);
    expect(ids(columns)[3]).toEqual(['a', 'd', 'c']);
    expect(ids(columns)[7]).toEqual(['b']);
    expect(columns[3]?.[0]).toMatchObject({ overdue: true, keyItem: true, origin: 'domestic' });
    expect(columns[3]?.[1]?.claim).toBe(4);
    expect(columns[7]?.[0]?.origin).toBe('import');
  });

  it('filters by supplier, kind of need, key item and overdue', () => {
    expect(ids(boardColumns(input({ partyId: 'de' }), 'en')).flat()).toEqual(['b']);
    expect(ids(boardColumns(input({ kind: 'material' }), 'en')).flat()).toEqual(['c']);
    expect(ids(boardColumns(input({ keyItemOnly: true }), 'en')).flat()).toEqual(['a', 'b']);
    expect(ids(boardColumns(input({ overdueOnly: true }), 'en')).flat()).toEqual(['a']);
  });

  it('moves keyboard focus within a column and to the nearest column with cards', () => {
    const columns = boardColumns(input(), 'en');
    expect(nextFocus(columns, 'a', 'ArrowDown')).toBe('d');
    expect(nextFocus(columns, 'a', 'ArrowUp')).toBeNull();
    expect(nextFocus(columns, 'c', 'ArrowRight')).toBe('b');
    expect(nextFocus(columns, 'b', 'ArrowLeft')).toBe('a');
    expect(nextFocus(columns, 'a', 'End')).toBe('c');
    expect(nextFocus(columns, 'a', 'x')).toBeNull();
  });
});
