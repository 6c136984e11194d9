/**
 * Split text copied from a spreadsheet (Excel, WPS, LibreOffice) into rows of cells: tabs
 * between cells, CR/LF between rows, and a cell holding tabs, line breaks or quotes wrapped in
 * double quotes with quotes doubled. Blank rows are dropped; row numbers are kept for messages.
 */
export interface CellRow {
  /** 1-based line number in the pasted text, as the user sees it in the sheet. */
  row: number;
  cells: string[];
}

export function splitCells(text: string): CellRow[] {
  const rows: CellRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let row = 1;
  let startRow = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((value) => value.trim() !== '')) rows.push({ row: startRow, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') row++;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === '\t') {
      cells.push(cell);
      cell = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      row++;
      startRow = row;
    } else {
      cell += char;
    }
  }
  endRow();
  return rows;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
