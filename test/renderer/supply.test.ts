import { describe, expect, it } from 'vitest';
import { bestStage, supplyOrigin } from '../../renderer/features/graph/supply.js';
import { link, party } from './fixtures.js';

const parties = { cn: party('cn', 'CN'), de: party('de', 'DE'), jp: party('jp', 'JP') };

describe('best stage of a need node', () => {
  it('is the furthest official stage among its supply links', () => {
    expect(
      bestStage([link('a', 'n', 'cn', 3), link('b', 'n', 'de', 6), link('c', 'n', 'jp', 1)]),
    ).toBe(6);
  });

  it('is stage 0 when that is all there is, and null without supply links', () => {
    expect(bestStage([link('a', 'n', 'cn', 0)])).toBe(0);
    expect(bestStage([])).toBeNull();
  });
});

describe('domestic or import badge', () => {
  it('is domestic when any supplier is in the home country', () => {
    const links = [link('a', 'n', 'de', 6), link('b', 'n', 'cn', 1)];
    expect(supplyOrigin(links, parties, 'CN')).toBe('domestic');
  });

  it('is import when every supplier is abroad', () => {
    const links = [link('a', 'n', 'de', 6), link('b', 'n', 'jp', 7)];
    expect(supplyOrigin(links, parties, 'CN')).toBe('import');
  });

  it('is none without a supplier, or when no supplier party is known', () => {
    expect(supplyOrigin([], parties, 'CN')).toBe('none');
    expect(supplyOrigin([link('a', 'n', 'gone', 3)], parties, 'CN')).toBe('none');
  });

  it('follows the project home country', () => {
    expect(supplyOrigin([link('a', 'n', 'de', 6)], parties, 'DE')).toBe('domestic');
  });
});
