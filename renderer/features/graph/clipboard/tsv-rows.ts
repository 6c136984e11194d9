import type { MessageKey } from '../../../../shared/i18n/index.js';
import type { NeedKind } from '../../../../shared/model/kinds.js';
import { kindFromName } from './kind-names.js';
import { columnLetter, splitCells, type CellRow } from './tsv-cells.js';

export type RowField = 'name' | 'code' | 'kind' | 'spec' | 'notes';

export interface SheetRow {
  row: number;
  name: string;
  code: string;
  kind: NeedKind | null;
  spec: string;
  notes: string;
}

/** One refused cell: which row and column, and why, ready for the message catalogs. */
export interface CellProblem {
  key: MessageKey;
  params: Record<string, string | number>;
}

export type SheetParse = { ok: true; rows: SheetRow[] } | { ok: false; problems: CellProblem[] };

export const MAX_SHEET_ROWS = 20_000;
const LIMITS: Readonly<Record<RowField, number>> = {
  name: 200,
  code: 200,
  kind: 200,
  spec: 10_000,
  notes: 10_000,
};

/** Header words per field, in every language the app speaks and the ones sheets use. */
const HEADERS: Readonly<Record<RowField, readonly string[]>> = {
  name: ['name', 'item', 'part name', '名称', '名稱', '需求节点', '需求節點', '品名', '零件名称'],
  code: [
    'code',
    'part number',
    'part no',
    'p/n',
    '编码',
    '編碼',
    '代号',
    '代號',
    '料号',
    '料號',
    '图号',
    '圖號',
    '零件号',
    '零件號',
    'code / part number',
    '编码／零件号',
    '編碼／零件號',
  ],
  kind: ['kind', 'type', '类型', '類型', '种类', '種類'],
  spec: ['spec', 'specification', '规格', '規格', '规格型号', '規格型號'],
  notes: ['notes', 'note', 'remarks', 'comment', '备注', '備註', '说明', '說明'],
};

function headerField(cell: string): RowField | null {
  const text = cell.trim().toLowerCase();
  for (const [field, words] of Object.entries(HEADERS) as [RowField, readonly string[]][]) {
    if (words.includes(text)) return field;
  }
  return null;
}

/** A first row all of whose filled cells are column names (one of them the name) is a header. */
function readHeader(first: CellRow): (RowField | null)[] | null {
  const fields = first.cells.map(headerField);
  const filled = first.cells.filter((cell) => cell.trim() !== '').length;
  const known = fields.filter((field) => field !== null).length;
  return known === filled && fields.includes('name') ? fields : null;
}

/**
 * Without a header: name, code, then kind if every filled cell of the third column names a
 * kind, then spec and notes.
 */
function positionalColumns(rows: readonly CellRow[]): RowField[] {
  const third = rows.map((row) => row.cells[2]?.trim() ?? '').filter((cell) => cell !== '');
  const hasKind = third.length > 0 && third.every((cell) => kindFromName(cell) !== null);
  return hasKind ? ['name', 'code', 'kind', 'spec', 'notes'] : ['name', 'code', 'spec', 'notes'];
}

function columnName(index: number, header: readonly string[] | null): string {
  const title = header?.[index]?.trim();
  return title ? `${columnLetter(index)} (${title})` : columnLetter(index);
}

/**
 * Rows copied from a spreadsheet as need nodes to create, or every problem found, each naming
 * its row and column. All or nothing: one bad cell refuses the paste.
 */
export function parseSheetRows(text: string): SheetParse {
  const all = splitCells(text);
  const first = all[0];
  if (!first) return { ok: false, problems: [{ key: 'paste.error.empty', params: {} }] };
  const header = readHeader(first);
  const rows = header ? all.slice(1) : all;
  const columns = header ?? positionalColumns(rows);
  const headerTitles = header ? first.cells : null;
  if (rows.length > MAX_SHEET_ROWS) {
    const params = { count: rows.length, max: MAX_SHEET_ROWS };
    return { ok: false, problems: [{ key: 'paste.error.tooManyRows', params }] };
  }
  const problems: CellProblem[] = [];
  const parsed: SheetRow[] = [];
  for (const { row, cells } of rows) {
    const value: SheetRow = { row, name: '', code: '', kind: null, spec: '', notes: '' };
    columns.forEach((field, index) => {
      if (field === null) return;
      const cell = (cells[index] ?? '').trim();
      const column = columnName(index, headerTitles);
      if (cell.length > LIMITS[field]) {
        problems.push({
          key: 'paste.error.tooLong',
          params: { row, column, max: LIMITS[field] },
        });
      } else if (field === 'kind') {
        value.kind = cell === '' ? null : kindFromName(cell);
        if (cell !== '' && value.kind === null) {
          problems.push({ key: 'paste.error.unknownKind', params: { row, column, value: cell } });
        }
      } else {
        value[field] = cell;
      }
    });
    if (value.name === '') {
      const index = columns.indexOf('name');
      problems.push({
        key: 'paste.error.nameMissing',
        params: { row, column: columnName(index, headerTitles) },
      });
    }
    parsed.push(value);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows: parsed };
}
