import { describe, expect, it } from 'vitest';
import { parseSheetRows } from '../../renderer/features/graph/clipboard/tsv-rows.js';
import { parsePayload } from '../../renderer/features/graph/clipboard/payload-parse.js';

describe('rows pasted from a spreadsheet', () => {
  it('reads a Chinese header row and maps kind names in any language', () => {
    const parsed = parseSheetRows(
      '名称\t编码\t类型\t规格\n轴承\tB-1\t零部件\t6205\n轴承钢\tS-1\tMaterial\t\n',
    );
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { row: 2, name: '轴承', code: 'B-1', kind: 'component', spec: '6205', notes: '' },
        { row: 3, name: '轴承钢', code: 'S-1', kind: 'material', spec: '', notes: '' },
      ],
    });
  });

  it('reads rows without a header as name, code, spec, notes', () => {
    const parsed = parseSheetRows('Bearing\tB-1\t6205 2RS\tsealed');
    expect(parsed.ok && parsed.rows[0]).toMatchObject({
      name: 'Bearing',
      spec: '6205 2RS',
      notes: 'sealed',
      kind: null,
    });
  });

  it('keeps tabs and line breaks inside quoted cells', () => {
    const parsed = parseSheetRows('"Two\nlines"\tB-1\n');
    expect(parsed.ok && parsed.rows[0]?.name).toBe('Two\nlines');
  });

  it('refuses a row without a name and an unknown kind, naming row and column', () => {
    const parsed = parseSheetRows('Name\tCode\tKind\n\tB-1\tComponent\nSteel\tS-1\tWidget\n');
    expect(parsed).toEqual({
      ok: false,
      problems: [
        { key: 'paste.error.nameMissing', params: { row: 2, column: 'A (Name)' } },
        { key: 'paste.error.unknownKind', params: { row: 3, column: 'C (Kind)', value: 'Widget' } },
      ],
    });
  });
});

describe('the clipboard payload', () => {
  it('refuses a payload from a newer version and damaged JSON with a reason', () => {
    expect(parsePayload('{"format":"longmai/need-graph","version":2}')).toMatchObject({
      ok: false,
      reason: 'newer',
    });
    expect(parsePayload('{"format":"longmai/need-graph",')).toMatchObject({
      ok: false,
      reason: 'damaged',
    });
  });
});
