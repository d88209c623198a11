import * as XLSX from 'xlsx';
import type { IsoDate } from '../text/dates';
import { writeFastXlsx } from './fastXlsx';

/*
 * Writing workbooks the same way everywhere (roster exports, the 年度台账): every text value
 * is a string cell (t:'s', never a formula), so a name or note starting with = + - @ stays
 * text and cannot run in Excel; ID numbers and phones are text cells formatted '@' (Excel
 * would round an 18-digit number); dates are real date cells (serial formatted yyyy-mm-dd);
 * sheets are dense (rows of cells), and the package is deflated once by fflate.
 */

export type Cell = XLSX.CellObject;

export const DATE_FORMAT = 'yyyy-mm-dd';
export const TEXT_FORMAT = '@';
export const MONEY_FORMAT = '0.00';

/** Excel's serial day number for a calendar date (1900 date system). */
export function excelSerial(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function textCell(v: string): Cell {
  return { t: 's', v };
}

/** An ID number or phone: text, formatted as text so Excel never turns it into a number. */
export function idTextCell(v: string): Cell {
  return { t: 's', v, z: TEXT_FORMAT };
}

/** A real date cell for an ISO date; other text stays text. */
export function dateCell(v: string): Cell {
  return /^\d{4}-\d{2}-\d{2}$/.test(v)
    ? { t: 'n', v: excelSerial(v), z: DATE_FORMAT }
    : textCell(v);
}

/** A dense-mode sheet (rows of cells): SheetJS writes it faster than an A1-keyed object. */
export function sheetFrom(rows: (Cell | null)[][], widths: number[]): XLSX.WorkSheet {
  let maxCol = 0;
  const data = rows.map((row) => {
    maxCol = Math.max(maxCol, row.length - 1);
    return row.map((cell) => cell ?? undefined);
  });
  const ws = { '!data': data } as unknown as XLSX.WorkSheet;
  ws['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(rows.length - 1, 0), c: Math.max(maxCol, 0) },
  });
  ws['!cols'] = widths.map((wch) => ({ wch }));
  return ws;
}

export interface SheetToWrite {
  name: string;
  ws: XLSX.WorkSheet;
  /** Header rows kept in view while scrolling. */
  frozenRows: number;
}

export function bookOf(sheets: readonly SheetToWrite[]): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, s.ws, s.name);
  return wb;
}

/**
 * The .xlsx bytes of sheets made by sheetFrom: written once by fastXlsx (deflated once),
 * not by SheetJS stored and then re-zipped (1.8× SheetJS's own compressed write at 50,000
 * members; see bench/app/io.bench.mjs).
 */
export function writeBook(sheets: readonly SheetToWrite[]): Uint8Array {
  return writeFastXlsx(
    sheets.map((s) => ({
      name: s.name,
      rows: (s.ws['!data'] ?? []) as (Cell | undefined)[][],
      widths: (s.ws['!cols'] ?? []).map((c) => c.wch ?? 10),
      frozenRows: s.frozenRows,
      merges: s.ws['!merges'],
    })),
  );
}
