import type { LedgerData } from '../types';

/*
 * A ledger's sheet in the 年度台账 workbook (LEDGERS.md §10): columns ↔ fields, both ways.
 * A sheet turns the ledger's records into plain rows (SheetRecord, field → value) for
 * export; the workbook engine (shared/ledgers/workbook/) writes those as cells by each
 * column's kind, and on import reads cells back into the same plain rows, which the
 * engine's plan turns into records again.
 */

/**
 * How a column's values are written and read:
 * - text: a string cell, never a formula;
 * - id, phone: text formatted as text (Excel would round an 18-digit number);
 * - date: an ISO date, written as a real date cell, read from any form the roster reads;
 * - integer, number: numbers;
 * - money: integer 分 in the row, written as 元 with 2 decimals;
 * - flag: true/false in the row, 是/否 in the sheet.
 */
export type CellKind = 'text' | 'id' | 'phone' | 'date' | 'integer' | 'number' | 'money' | 'flag';

export type CellValue = string | number | boolean | null;

/** One row of a sheet as plain values by field; null for a blank cell. */
export type SheetRecord = Record<string, CellValue>;

export interface SheetColumn {
  /** The canonical header, written on export and matched first on import. */
  header: string;
  /** The key of the sheet's rows this column holds. */
  field: string;
  kind: CellKind;
  /** Other headers a chair's own sheet may use for it. */
  synonyms?: readonly string[];
  /** Column width in characters (CJK counted double); default from the header. */
  width?: number;
}

export interface LedgerSheet {
  /** Sheet name: 会员, 活动参加 … */
  name: string;
  columns: readonly SheetColumn[];
  /** The field whose header marks the header row (the roster's 姓名). */
  keyField: string;
  /** Known headers besides the key the header row must have; default min(2, columns − 1). */
  minOtherFields?: number;
  /** Headers matched after the columns' own (会员 reads the roster import's synonyms). */
  fieldForHeader?(normalized: string): string | null;
  /**
   * Export: the columns when they depend on the data (选票 has a column per candidate);
   * default `columns`. Import then reads any header `openField` names, as text.
   */
  columnsFor?(data: LedgerData): readonly SheetColumn[];
  /** Import: the field of a header no column matches (a candidate's name), or null. */
  openField?(header: string): string | null;
  /** Export: this sheet's rows, in the order the chair reads them. */
  rows(data: LedgerData): SheetRecord[];
  /**
   * Export: whether the workbook has this sheet at all (a federation's 下属工会 is no sheet of
   * a school's 年度台账); default always. Import reads an absent sheet as empty either way.
   */
  writtenFor?(data: LedgerData): boolean;
}
