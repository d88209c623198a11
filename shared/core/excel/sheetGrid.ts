import * as XLSX from 'xlsx';
import { excelSerialToIsoDate } from '../text/normalizeDate';

/*
 * A worksheet seen as a grid of cells with merged areas filled in: a 部门 cell merged over
 * eight rows applies to each of them, and a header merged across two rows names both.
 * Cells covered by a merge report `merged: true`, so a row whose only content comes from
 * a merge can still be recognised as blank.
 */

export interface GridCell {
  /** Raw value: numbers stay numbers (a serial for date cells). */
  value: string | number | boolean;
  /** Text as displayed (date cells as YYYY-MM-DD). */
  text: string;
  /** The cell is formatted as a date, so a number is an Excel serial. */
  isDate: boolean;
  /** The cell is covered by (not the origin of) a merged area. */
  merged: boolean;
  /**
   * The Excel error value the cell holds ('#VALUE!', '#N/A' …; also the same text saved
   * into a CSV or HTML file). Such a cell reads as blank (value '', text '') to a reader
   * that does not ask, and a reader of mapped columns reports it (excelErrorMessage).
   */
  error?: ExcelError;
}

/** The error values Excel (and WPS) show in a cell whose formula failed or was broken. */
export const EXCEL_ERRORS = [
  '#VALUE!',
  '#N/A',
  '#REF!',
  '#NAME?',
  '#DIV/0!',
  '#NULL!',
  '#NUM!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
] as const;
export type ExcelError = (typeof EXCEL_ERRORS)[number];

/** SheetJS's numeric error codes (BIFF), for cells that carry no display text. */
const ERROR_CODES: Readonly<Record<number, ExcelError>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

const ERROR_TEXTS = new Set<string>(EXCEL_ERRORS);

function excelErrorOf(cell: XLSX.CellObject): ExcelError | null {
  if (cell.t === 'e') {
    const w = typeof cell.w === 'string' ? cell.w.trim().toUpperCase() : '';
    if (ERROR_TEXTS.has(w)) return w as ExcelError;
    return (typeof cell.v === 'number' ? ERROR_CODES[cell.v] : undefined) ?? '#VALUE!';
  }
  if (cell.t === 's' && typeof cell.v === 'string') {
    const t = cell.v.trim().toUpperCase();
    if (ERROR_TEXTS.has(t)) return t as ExcelError;
  }
  return null;
}

/**
 * What a reader says about a cell holding an Excel error value. `column: 'id'` adds the
 * usual cause in an ID column: an ID ending in X once typed as a number.
 */
export function excelErrorMessage(error: ExcelError, column?: 'id'): string {
  const cause =
    column === 'id' ? '（多半是以X结尾的身份证号曾被当作数字输入或计算）' : '（公式出错或被破坏）';
  return `单元格是 Excel 错误值“${error}”${cause}，请在原表中改正后重新导入`;
}

export interface SheetGrid {
  name: string;
  /** Index of the first and one past the last used row and column (0-based). */
  firstRow: number;
  endRow: number;
  firstCol: number;
  endCol: number;
  cell(r: number, c: number): GridCell | null;
  /** The merged area starting at (r, c), if any. */
  mergeAt(r: number, c: number): XLSX.Range | null;
}

const MAX_COLS = 16384;
const key = (r: number, c: number): number => r * MAX_COLS + c;

function isDateFormat(cell: XLSX.CellObject): boolean {
  if (cell.t === 'd') return true;
  if (cell.t !== 'n' || typeof cell.z !== 'string') return false;
  return XLSX.SSF.is_date(cell.z);
}

function toGridCell(
  cell: XLSX.CellObject | undefined,
  date1904: boolean,
  merged: boolean,
): GridCell | null {
  if (!cell) return null;
  const error = excelErrorOf(cell);
  if (error) return { value: '', text: '', isDate: false, merged, error };
  if (cell.v === undefined || cell.v === null || cell.t === 'z' || cell.t === 'e') return null;
  const v = cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : cell.v;
  const isDate = isDateFormat(cell);
  let text: string;
  if (isDate && typeof v === 'number') text = excelSerialToIsoDate(v, date1904) ?? String(v);
  else text = cell.w ?? String(v);
  if (text.trim() === '' && typeof v === 'string' && v.trim() === '') return null;
  return { value: v, text, isDate, merged };
}

/** A dense-mode worksheet (as openRosterWorkbook reads them) as a grid. */
export function sheetGrid(ws: XLSX.WorkSheet, name: string, date1904: boolean): SheetGrid {
  const data = (ws['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const ref = ws['!ref']
    ? XLSX.utils.decode_range(ws['!ref'])
    : { s: { r: 0, c: 0 }, e: { r: -1, c: -1 } };
  // Merges reach no further than the cells that hold data: a stray merge A32:XFD1048576
  // below a roster would otherwise cover 17 billion cells (「Map maximum size exceeded」).
  const lastRow = Math.min(ref.e.r, data.length - 1);
  let lastCol = -1;
  for (const row of data) if (row && row.length - 1 > lastCol) lastCol = row.length - 1;
  lastCol = Math.min(ref.e.c, lastCol);
  const merges: XLSX.Range[] = [];
  for (const m of ws['!merges'] ?? []) {
    if (m.s.r > lastRow || m.s.c > lastCol) continue;
    merges.push({
      s: m.s,
      e: { r: Math.min(m.e.r, lastRow), c: Math.min(m.e.c, lastCol) },
    });
  }
  const covered = new Map<number, number>();
  const origins = new Map<number, XLSX.Range>();
  for (const m of merges) {
    origins.set(key(m.s.r, m.s.c), m);
    for (let r = m.s.r; r <= m.e.r; r++) {
      for (let c = m.s.c; c <= m.e.c; c++) {
        if (r !== m.s.r || c !== m.s.c) covered.set(key(r, c), key(m.s.r, m.s.c));
      }
    }
  }
  const cell = (r: number, c: number): GridCell | null => {
    if (covered.size > 0) {
      const origin = covered.get(key(r, c));
      if (origin !== undefined) {
        const or = Math.floor(origin / MAX_COLS);
        return toGridCell(data[or]?.[origin - or * MAX_COLS], date1904, true);
      }
    }
    return toGridCell(data[r]?.[c], date1904, false);
  };
  return {
    name,
    firstRow: ref.s.r,
    // Some files claim the whole sheet (A1:XFD1048576) as used; the cell data tells the truth.
    endRow: Math.min(ref.e.r + 1, data.length),
    firstCol: ref.s.c,
    endCol: lastCol + 1,
    cell,
    mergeAt: (r, c) => origins.get(key(r, c)) ?? null,
  };
}
