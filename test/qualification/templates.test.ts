import { describe, expect, it } from 'vitest';
import { stageListSchema } from '../../shared/model/json-fields.js';
import { STAGE_TEMPLATES } from '../../shared/model/stages.js';
import {
  DEFAULT_STAGES_JSON,
  STAGE_TEMPLATE_DEFS,
  batchStageIndex,
  findTemplateStage,
  templateStages,
} from '../../shared/model/templates.js';
import { CATALOGS } from '../../shared/i18n/translate.js';

describe('stage templates', () => {
  it('keeps the one-dragon chain of eight stages with batch supply at index 6', () => {
    const stages = templateStages('one_dragon');
    expect(stages.map((s) => s.key)).toEqual([
      'need_identified',
      'key_tech_rd',
      'product_design',
      'samples',
      'test_verification',
      'small_batch',
      'batch_supply',
      'demonstration',
    ]);
    expect(batchStageIndex('one_dragon')).toBe(6);
    expect(JSON.parse(DEFAULT_STAGES_JSON)).toEqual(stages);
  });

  it('gives APQP five phases, each closed by a gate, with batch supply from launch', () => {
    const apqp = STAGE_TEMPLATE_DEFS.apqp;
    expect(apqp.stages).toHaveLength(5);
    expect(apqp.stages.every((stage) => stage.gate !== undefined)).toBe(true);
    expect(batchStageIndex('apqp')).toBe(4);
  });

  it('says for every template where batch supply begins', () => {
    expect(STAGE_TEMPLATES.map((id) => batchStageIndex(id))).toEqual([6, 4, 5, 4]);
  });

  it('finds the batch stage of a project list that was reordered', () => {
    const stages = [
      { key: 'a', name: 'A' },
      { key: 'b', name: 'B', batch: true },
      { key: 'c', name: 'C' },
    ];
    expect(batchStageIndex(stages)).toBe(1);
    expect(batchStageIndex([{ key: 'a', name: 'A' }])).toBe(-1);
  });

  it('uses keys unique across templates, so old history still names its stages', () => {
    const keys = Object.values(STAGE_TEMPLATE_DEFS).flatMap((t) => t.stages.map((s) => s.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(findTemplateStage('apqp_launch')?.label).toBe('stage.apqp.launch');
  });

  it('has a label, and a gate label where there is a gate, in every language', () => {
    for (const template of Object.values(STAGE_TEMPLATE_DEFS)) {
      for (const locale of Object.keys(CATALOGS) as (keyof typeof CATALOGS)[]) {
        const catalog: Record<string, string> = CATALOGS[locale];
        for (const stage of template.stages) {
          expect(catalog[stage.label], `${locale} ${stage.label}`).toBeTruthy();
          if (stage.gate) expect(catalog[stage.gate], `${locale} ${stage.gate}`).toBeTruthy();
        }
        expect(catalog[template.label]).toBeTruthy();
      }
    }
  });
});

describe("a project's own stage list", () => {
  const valid = templateStages('apqp');

  it('accepts a template list and a renamed, extended one', () => {
    expect(stageListSchema.safeParse(valid).success).toBe(true);
    const extended = [...valid, { key: 'custom_audit', name: 'Supplier audit' }];
    expect(stageListSchema.safeParse(extended).success).toBe(true);
  });

  it('refuses repeated keys, unnamed custom stages and a list without one batch stage', () => {
    expect(stageListSchema.safeParse([...valid, valid[0]]).success).toBe(false);
    expect(stageListSchema.safeParse([...valid, { key: 'custom_x', name: '' }]).success).toBe(
      false,
    );
    const noBatch = valid.map(({ key, name }) => ({ key, name }));
    expect(stageListSchema.safeParse(noBatch).success).toBe(false);
    const twoBatches = valid.map((s) => ({ ...s, batch: true }));
    expect(stageListSchema.safeParse(twoBatches).success).toBe(false);
  });
});
