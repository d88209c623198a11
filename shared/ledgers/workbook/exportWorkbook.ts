import type * as XLSX from 'xlsx';
import {
  MONEY_FORMAT,
  bookOf,
  dateCell,
  idTextCell,
  sheetFrom,
  textCell,
  type Cell,
} from '../../core/excel/writeSheet';
import { writeFastXlsx } from '../../core/excel/fastXlsx';
import type { LedgerData } from '../types';
import type { CellKind, CellValue, LedgerSheet, SheetColumn } from './sheetTypes';
import { workbookSheets } from './sheets';
import { openRosterWorkbook } from '../../core/excel/openWorkbook';
import { readWorkbookBook } from './readWorkbook';
import { dataChecksum, IDENTITY_SHEET, identityRows, type WorkbookIdentity } from './identity';

/*
 * The 年度台账 export: one sheet per ledger table with the canonical headers of LEDGERS.md
 * §10, header row frozen. Cells are never formulas (text cells), ID numbers and phones are
 * text, in full — the workbook is the chair's own full record and must read back losslessly —,
 * dates are date cells and money is 元 with 2 decimals (from integer 分).
 */

/** A cell for a value of the given kind; null for a blank. */
export function cellOf(kind: CellKind, v: CellValue): Cell | null {
  if (v === null || v === '') return null;
  switch (kind) {
    case 'id':
    case 'phone':
      return idTextCell(String(v));
    case 'date':
      return dateCell(String(v));
    case 'money':
      // Integer 分 → 元: dividing an integer by 100 is exact to the cent in binary floating point
      // for what a number format shows with 2 decimals.
      return typeof v === 'number' ? { t: 'n', v: v / 100, z: MONEY_FORMAT } : textCell(String(v));
    case 'integer':
    case 'number':
      return typeof v === 'number' ? { t: 'n', v } : textCell(String(v));
    case 'flag':
      return textCell(v === true ? '是' : v === false ? '否' : String(v));
    case 'text':
      return typeof v === 'number' ? { t: 'n', v } : textCell(String(v));
  }
}

function widthOf(c: SheetColumn): number {
  if (c.width) return c.width;
  if (c.kind === 'date') return 12;
  return Math.max(8, c.header.length * 2 + 2);
}

const columnsOf = (sheet: LedgerSheet, data: LedgerData) =>
  sheet.columnsFor?.(data) ?? sheet.columns;

function cellRows(sheet: LedgerSheet, data: LedgerData): (Cell | null)[][] {
  const cols = columnsOf(sheet, data);
  const rows: (Cell | null)[][] = [cols.map((c) => textCell(c.header))];
  for (const r of sheet.rows(data)) rows.push(cols.map((c) => cellOf(c.kind, r[c.field] ?? null)));
  return rows;
}

/** The sheets this union's workbook has (a sheet may leave itself out, LedgerSheet.writtenFor). */
function writtenSheets(data: LedgerData) {
  return workbookSheets().filter((s) => s.writtenFor?.(data) ?? true);
}

/** The workbook as SheetJS holds it (for callers that add sheets or inspect it). */
export function buildWorkbook(data: LedgerData): XLSX.WorkBook {
  return bookOf(
    writtenSheets(data).map((s) => ({
      name: s.name,
      ws: sheetFrom(cellRows(s, data), columnsOf(s, data).map(widthOf)),
      frozenRows: 1,
    })),
  );
}

/**
 * The .xlsx bytes of the 年度台账, the same cells as buildWorkbook, written by the plain
 * writer (a township's 3 million cells in seconds rather than a minute).
 */
export function workbookBytes(data: LedgerData): Uint8Array {
  return writeFastXlsx(dataSheets(data));
}

function dataSheets(data: LedgerData) {
  return writtenSheets(data).map((s) => ({
    name: s.name,
    rows: cellRows(s, data),
    widths: columnsOf(s, data).map(widthOf),
    frozenRows: 1,
  }));
}

/**
 * The 年度台账 with its 说明 sheet (who sent it, for which year, when, and the data's 校验码;
 * see identity.ts). The 校验码 is taken from the data sheets read back exactly as the
 * federation will read them, so what it checks is what an import sees.
 */
export async function workbookBytesWithIdentity(
  data: LedgerData,
  identity: Omit<WorkbookIdentity, 'checksum'>,
): Promise<Uint8Array> {
  const sheets = dataSheets(data);
  const plain = writeFastXlsx(sheets);
  const checksum = await dataChecksum(readWorkbookBook(openRosterWorkbook(plain, 'export.xlsx')));
  return writeFastXlsx([
    ...sheets,
    {
      name: IDENTITY_SHEET,
      rows: identityRows({ ...identity, checksum }),
      widths: [14, 70],
      frozenRows: 1,
    },
  ]);
}

/** 「城南小学工会委员会年度台账2026.xlsx」; characters Windows forbids in names are dropped. */
export function workbookFileName(unionName: string | null | undefined, year: number): string {
  const name = (unionName ?? '').replace(/[\\/:*?"<>|]/g, '').trim() || '工会';
  return `${name}年度台账${year}.xlsx`;
}
