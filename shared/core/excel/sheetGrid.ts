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
  if (!cell || cell.v === undefined || cell.v === null || cell.t === 'z' || cell.t === 'e')
    return null;
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
  const merges = ws['!merges'] ?? [];
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
    endCol: ref.e.c + 1,
    cell,
    mergeAt: (r, c) => origins.get(key(r, c)) ?? null,
  };
}
