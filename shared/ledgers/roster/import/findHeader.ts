import * as XLSX from 'xlsx';
import { cleanCellText } from '../../../core/text/normalizeText';
import { fieldForHeader, normalizeHeader } from './headerSynonyms';
import type { SheetGrid } from '../../../core/excel/sheetGrid';
import type { MemberField } from './types';

/*
 * Finds the header below the title rows (「XX学校2026年教职工花名册」, 「填报单位：…」): the
 * first row with a name column and at least two other known headers. A two-row header —
 * 「基本信息」 or 「联系方式」 merged across the columns below it — is joined into one label
 * per column (「联系方式/手机」).
 */

export interface HeaderColumn {
  /** 0-based column index. */
  index: number;
  letter: string;
  /** Display label, unique within the sheet. */
  header: string;
  /** Normalized label, for matching and the header signature. */
  key: string;
  /** Field detected from the header, before de-duplication and caller overrides. */
  detected: MemberField | null;
}

export interface HeaderLayout {
  /** 0-based index of the first and last header rows (equal for a one-row header). */
  firstRow: number;
  lastRow: number;
  columns: HeaderColumn[];
}

const SCAN_ROWS = 50;
const MIN_OTHER_FIELDS = 2;
const LABEL_SEPARATOR = '/';
/** 「填报单位：」「制表日期:」: a line of the title block, never a header group. */
const TITLE_LINE = /[:：]/;

function rowTexts(grid: SheetGrid, r: number): string[] {
  const out: string[] = [];
  for (let c = grid.firstCol; c < grid.endCol; c++)
    out.push(cleanCellText(grid.cell(r, c)?.text ?? ''));
  return out;
}

function scoreRow(texts: string[]): { hasName: boolean; fields: number } {
  const fields = new Set<MemberField>();
  for (const t of texts) {
    const f = t === '' ? null : fieldForHeader(normalizeHeader(t));
    if (f) fields.add(f);
  }
  return { hasName: fields.has('name'), fields: fields.size };
}

/** True when row r has a cell merged across columns within that row only (a header group). */
function hasGroupMerge(grid: SheetGrid, r: number): boolean {
  const width = grid.endCol - grid.firstCol;
  for (let c = grid.firstCol; c < grid.endCol; c++) {
    const m = grid.mergeAt(r, c);
    if (!m || m.e.c === m.s.c || m.e.r !== m.s.r) continue;
    const span = m.e.c - m.s.c + 1;
    const text = grid.cell(r, c)?.text ?? '';
    if (span < width && !TITLE_LINE.test(text)) return true;
  }
  return false;
}

function distinctTexts(texts: string[]): number {
  return new Set(texts.filter((t) => t !== '')).size;
}

/**
 * True when the row below the header has a name of its own, i.e. it is data, not the lower
 * half of a two-row header (there the 姓名 cell is merged down or left empty).
 */
function hasOwnName(grid: SheetGrid, keyRow: number): boolean {
  for (let c = grid.firstCol; c < grid.endCol; c++) {
    const t = grid.cell(keyRow, c)?.text ?? '';
    if (t !== '' && fieldForHeader(normalizeHeader(t)) === 'name') {
      const below = grid.cell(keyRow + 1, c);
      return below !== null && !below.merged;
    }
  }
  return false;
}

/** The 0-based row that holds the name header, or null. */
export function findHeaderRow(grid: SheetGrid): number | null {
  const end = Math.min(grid.endRow, grid.firstRow + SCAN_ROWS);
  for (let r = grid.firstRow; r < end; r++) {
    const { hasName, fields } = scoreRow(rowTexts(grid, r));
    if (hasName && fields >= 1 + MIN_OTHER_FIELDS) return r;
  }
  return null;
}

/** Header rows and columns, given the row holding the name header (0-based). */
export function headerLayout(grid: SheetGrid, keyRow: number): HeaderLayout {
  let firstRow = keyRow;
  let lastRow = keyRow;
  const above = keyRow - 1;
  if (
    above >= grid.firstRow &&
    hasGroupMerge(grid, above) &&
    distinctTexts(rowTexts(grid, above)) >= 2
  ) {
    firstRow = above;
  } else if (keyRow + 1 < grid.endRow && hasGroupMerge(grid, keyRow) && !hasOwnName(grid, keyRow)) {
    lastRow = keyRow + 1;
  }
  const columns: HeaderColumn[] = [];
  const seen = new Set<string>();
  for (let c = grid.firstCol; c < grid.endCol; c++) {
    const top = cleanCellText(grid.cell(firstRow, c)?.text ?? '');
    const bottom = firstRow === lastRow ? top : cleanCellText(grid.cell(lastRow, c)?.text ?? '');
    const letter = XLSX.utils.encode_col(c);
    let header: string;
    let detected: MemberField | null;
    if (top === bottom || top === '' || bottom === '') {
      header = bottom || top;
      detected = header === '' ? null : fieldForHeader(normalizeHeader(header));
    } else {
      // Match the lower label first: under 「联系方式」, 「手机」 is the phone but 「办公电话」 is not.
      header = `${top}${LABEL_SEPARATOR}${bottom}`;
      detected =
        fieldForHeader(normalizeHeader(bottom)) ?? fieldForHeader(normalizeHeader(top + bottom));
    }
    if (header === '') continue;
    if (seen.has(header)) header = `${header}（${letter}列）`;
    seen.add(header);
    columns.push({ index: c, letter, header, key: normalizeHeader(header), detected });
  }
  return { firstRow, lastRow, columns };
}
