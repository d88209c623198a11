import { findHeaderRow, headerLayout, normalizeHeader } from '../../core/excel/findHeader';
import type { HeaderVocabulary } from '../../core/excel/findHeader';
import { openRosterWorkbook, type RosterWorkbook } from '../../core/excel/openWorkbook';
import { sheetGrid, type SheetGrid } from '../../core/excel/sheetGrid';
import { todayIso } from '../../core/text/dates';
import { compactText } from '../../core/text/normalizeText';
import { buildRowContext, readRow, type ReadColumn } from '../roster/import/readRow';
import { MEMBER_FIELDS, type ImportedRow, type MemberField } from '../roster/import/types';
import { readCell } from './readCell';
import type { LedgerSheet, SheetRecord } from './sheetTypes';
import { workbookSheets } from './sheets';

/*
 * The 年度台账 reader: bytes in, per known sheet its rows as plain values (SheetRecord) and
 * the issues found, each naming sheet, row and column. Pure (no database). Every sheet's
 * header is found as the roster import finds it (a title row above is fine; headers by
 * synonym); the 会员 sheet's rows go through the roster import's own row reader, so ID
 * numbers, dates, phones and genders are judged exactly as there. A sheet that is absent
 * is simply empty.
 */

export interface WorkbookIssue {
  sheet: string;
  /** Row as Excel shows it (1-based); null for a problem of the whole sheet. */
  row: number | null;
  /** Column letter; null for a problem of the whole row. */
  column: string | null;
  header: string | null;
  /** What is wrong, in Chinese, without repeating sheet/row/column. */
  message: string;
  /** 'error': the row is not imported. */
  severity: 'error' | 'warning';
}

export interface ReadRow {
  /** Row as Excel shows it (1-based). */
  row: number;
  values: SheetRecord;
  /** The column letter and header of each field present in the sheet (shared by its rows). */
  at: Record<string, { letter: string; header: string }>;
  /** 会员 only: the row as the roster import reads it. */
  member?: ImportedRow;
  hasError: boolean;
}

export interface ReadSheet {
  /** The canonical sheet name (会员). */
  name: string;
  /** The sheet's name in the file, or null when the file has no such sheet. */
  found: string | null;
  /** 1-based header row, or null. */
  headerRow: number | null;
  rows: ReadRow[];
}

export interface WorkbookRead {
  file: string;
  sheets: ReadSheet[];
  issues: WorkbookIssue[];
  /** Sheets of the file that are no 年度台账 sheet (left alone). */
  otherSheets: string[];
}

export interface WorkbookReadOptions {
  today?: string;
}

const FOOTER = /^(合计|总计|小计|共计|制表|填表|填报人|审核|负责人|注[:：]|说明[:：])/;
const RESIDENT_ID = '居民身份证';
const FREE_TEXT = ['notes', 'title', 'post', 'education', 'department', 'unionGroup'] as const;
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function vocabularyOf(sheet: LedgerSheet): HeaderVocabulary {
  const own = new Map<string, string>();
  for (const c of sheet.columns)
    for (const h of [c.header, ...(c.synonyms ?? [])])
      if (!own.has(normalizeHeader(h))) own.set(normalizeHeader(h), c.field);
  const fields = new Set(sheet.columns.map((c) => c.field));
  return {
    fieldFor: (n) => {
      const f = own.get(n) ?? sheet.fieldForHeader?.(n) ?? null;
      return f !== null && fields.has(f) ? f : (sheet.openField?.(n) ?? null);
    },
    keyField: sheet.keyField,
    minOtherFields: sheet.minOtherFields ?? Math.min(2, sheet.columns.length - 1),
  };
}

const sheetKey = (name: string) => compactText(name).replace(/[（(].*[)）]$/, '');

function findSheet(book: RosterWorkbook, name: string): string | null {
  return book.workbook.SheetNames.find((n) => sheetKey(n) === name) ?? null;
}

const MEMBER_FIELD_SET = new Set<string>(MEMBER_FIELDS);

function readSheet(
  sheet: LedgerSheet,
  grid: SheetGrid,
  book: RosterWorkbook,
  today: string,
  issues: WorkbookIssue[],
): ReadSheet {
  const out: ReadSheet = { name: sheet.name, found: grid.name, headerRow: null, rows: [] };
  if (grid.endRow <= grid.firstRow) return out;
  const vocab = vocabularyOf(sheet);
  const keyRow = findHeaderRow(grid, vocab);
  if (keyRow === null) {
    const key = sheet.columns.find((c) => c.field === sheet.keyField)!;
    issues.push({
      sheet: sheet.name,
      row: null,
      column: null,
      header: null,
      message: `没有找到表头：需要有一行包含“${key.header}”和其他列名（${sheet.columns
        .map((c) => c.header)
        .join('、')}）`,
      severity: 'error',
    });
    return out;
  }
  const layout = headerLayout(grid, keyRow, vocab);
  out.headerRow = layout.lastRow + 1;
  // Each field from the first column that names it.
  const taken = new Set<string>();
  const cols = layout.columns.filter((c) => {
    if (!c.detected || taken.has(c.detected)) return false;
    taken.add(c.detected);
    return true;
  });
  const kindOf = new Map(sheet.columns.map((c) => [c.field, c.kind]));
  const keyCol = cols.find((c) => c.detected === sheet.keyField);
  const isMembers = sheet.name === '会员';
  const memberCtx = isMembers
    ? buildRowContext(
        sheet.name,
        layout.columns.map((c): ReadColumn => ({
          index: c.index,
          letter: c.letter,
          header: c.header,
          field:
            c.detected && MEMBER_FIELD_SET.has(c.detected) && cols.includes(c)
              ? (c.detected as MemberField)
              : null,
        })),
        { date1904: book.date1904, today, sheetStatus: null },
      )
    : null;
  const opts = { date1904: book.date1904, today };
  const at: ReadRow['at'] = {};
  for (const c of cols) at[c.detected!] = { letter: c.letter, header: c.header };

  for (let r = layout.lastRow + 1; r < grid.endRow; r++) {
    const values: SheetRecord = {};
    const rowIssues: WorkbookIssue[] = [];
    let any = false;
    let first = '';
    for (const c of cols) {
      const field = c.detected!;
      const cell = grid.cell(r, c.index);
      if (cell && cell.text.trim() !== '') {
        any = true;
        first ||= cell.text;
      }
      const read = readCell(kindOf.get(field) ?? 'text', cell, opts);
      if (read.ok) values[field] = read.value;
      else {
        values[field] = null;
        rowIssues.push({
          sheet: sheet.name,
          row: r + 1,
          column: c.letter,
          header: c.header,
          message: read.message,
          // A sum that cannot be read would be lost: the row waits until the cell is fixed.
          severity: kindOf.get(field) === 'money' ? 'error' : 'warning',
        });
      }
    }
    if (!any || FOOTER.test(compactText(first))) continue;
    // A header row repeated further down (pages pasted together) is not data.
    if (
      keyCol &&
      vocab.fieldFor(normalizeHeader(String(values[sheet.keyField] ?? ''))) === sheet.keyField
    )
      continue;
    const row: ReadRow = { row: r + 1, values, at, hasError: false };
    if (memberCtx) {
      const read = readRow(grid, r, memberCtx);
      if (!read) continue;
      const idType = typeof values.idType === 'string' ? values.idType : null;
      const foreignId = idType !== null && idType !== RESIDENT_ID;
      row.member = read.row;
      // Free text as typed: the roster reader folds full-width punctuation, the workbook keeps it.
      for (const f of FREE_TEXT) if (f in values) read.row[f] = text(values[f]);
      if (foreignId && typeof values.idNumber === 'string') row.member.idNumber = values.idNumber;
      // readRow has judged these columns already; keep its word and drop the generic one.
      for (let i = rowIssues.length - 1; i >= 0; i--)
        if (MEMBER_FIELD_SET.has(fieldAt(at, rowIssues[i]!.column))) rowIssues.splice(i, 1);
      for (const i of read.issues) {
        if (foreignId && i.field === 'idNumber') continue;
        rowIssues.push({
          sheet: sheet.name,
          row: i.row,
          column: i.column,
          header: i.header,
          message: i.message,
          severity: i.severity,
        });
      }
    }
    row.hasError = rowIssues.some((i) => i.severity === 'error');
    if (row.member) row.member.hasError = row.hasError;
    issues.push(...rowIssues);
    out.rows.push(row);
  }
  return out;
}

function fieldAt(at: ReadRow['at'], letter: string | null): string {
  for (const [field, a] of Object.entries(at)) if (a.letter === letter) return field;
  return '';
}

/** Reads an opened workbook's 年度台账 sheets. */
export function readWorkbookBook(
  book: RosterWorkbook,
  options: WorkbookReadOptions = {},
): WorkbookRead {
  const today = options.today ?? todayIso();
  const issues: WorkbookIssue[] = [];
  const used = new Set<string>();
  const sheets = workbookSheets().map((sheet): ReadSheet => {
    const found = findSheet(book, sheet.name);
    if (found === null) return { name: sheet.name, found: null, headerRow: null, rows: [] };
    used.add(found);
    const grid = sheetGrid(book.workbook.Sheets[found]!, found, book.date1904);
    return readSheet(sheet, grid, book, today, issues);
  });
  return {
    file: book.fileName,
    sheets,
    issues,
    otherSheets: book.workbook.SheetNames.filter((n) => !used.has(n)),
  };
}

/** Reads 年度台账 bytes. Throws RosterReadError (a Chinese message naming the file) when unreadable. */
export function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  options: WorkbookReadOptions = {},
): WorkbookRead {
  return readWorkbookBook(openRosterWorkbook(bytes, fileName), options);
}
