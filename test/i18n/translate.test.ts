import { describe, expect, it } from 'vitest';
import { stageLabel, stageName } from '../../shared/i18n/labels.js';
import { isMessageKey, translate } from '../../shared/i18n/translate.js';

describe('translate', () => {
  it('fills named params into the message', () => {
    expect(translate('en', 'error.E_DUPLICATE_EDGE', { from: 'Spindle', to: 'Bearing' })).toBe(
      'Refused: “Spindle” already needs “Bearing”.',
    );
  });

  it('lists a refused cycle as a chain of need node names', () => {
    expect(translate('en', 'error.E_CYCLE', { cycle: ['A', 'B', 'C', 'A'] })).toBe(
      'Refused: this would make a cycle: A → B → C → A',
    );
    expect(translate('zh-Hant', 'error.E_CYCLE', { cycle: ['主軸', '軸承', '主軸'] })).toBe(
      '已拒絕：這會形成循環：主軸 → 軸承 → 主軸',
    );
  });

  it('writes numbers as plain digits', () => {
    expect(translate('zh-Hans', 'confirm.goesWith', { edges: 3, links: 0 })).toBe(
      '将一并删除：需求连线 3 条，供应关系 0 条。可按 Ctrl+Z 撤销。',
    );
  });

  it('renders a missing param as nothing rather than as braces', () => {
    expect(translate('en', 'error.E_FILE_NOT_FOUND')).toBe('The file could not be found: ');
  });

  it('answers in the chosen language', () => {
    expect(translate('en', 'kind.material')).toBe('Material');
    expect(translate('zh-Hans', 'kind.material')).toBe('材料');
    expect(translate('zh-Hant', 'kind.process')).toBe('工藝');
  });

  it('tells catalog keys from other strings', () => {
    expect(isMessageKey('error.E_CYCLE')).toBe(true);
    expect(isMessageKey('error.E_UNHEARD_OF')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});

describe('stage labels', () => {
  it('show the index and the localized official name', () => {
    expect(stageLabel('zh-Hant', 6)).toBe('6 批量生產');
    expect(stageLabel('zh-Hans', 0)).toBe('0 需求提出');
    expect(stageLabel('en', 7)).toBe('7 Demonstration & adoption');
  });

  it('fall back to the bare index outside the template', () => {
    expect(stageName('en', 9)).toBe('9');
  });
});
