import * as XLSX from 'xlsx';
import { cleanCellText, toHalfWidth } from '../text/normalizeText';
import type { SheetGrid } from './sheetGrid';

/*
 * Finds the header below the title rows (「XX学校2026年教职工花名册」, 「填报单位：…」): the
 * first row with the key column (姓名 for a roster) and at least `minOtherFields` other known
 * headers. A two-row header — 「基本信息」 or 「联系方式」 merged across the columns below it —
 * is joined into one label per column (「联系方式/手机」). Which header names which field is the
 * caller's vocabulary: the roster import and every 年度台账 sheet share this one finder.
 */

/** What a sheet's headers may be called: normalized header → field. */
export interface HeaderVocabulary<F extends string = string> {
  /** The field a normalized header (see normalizeHeader) names, or null. */
  fieldFor(normalized: string): F | null;
  /** The field whose column marks the header row (and is never merged down in data). */
  keyField: F;
  /** Other known headers the header row must have besides the key column. */
  minOtherFields: number;
}

export interface HeaderColumn<F extends string = string> {
  /** 0-based column index. */
  index: number;
  letter: string;
  /** Display label, unique within the sheet. */
  header: string;
  /** Normalized label, for matching and the header signature. */
  key: string;
  /** Field detected from the header, before de-duplication and caller overrides. */
  detected: F | null;
}

export interface HeaderLayout<F extends string = string> {
  /** 0-based index of the first and last header rows (equal for a one-row header). */
  firstRow: number;
  lastRow: number;
  columns: HeaderColumn<F>[];
}

const REMARKS = /[(（[【<《][^)）\]】>》]*[)）\]】>》]/g;
const MARKERS = /[\s*＊★☆※:：]/g;

/** Header text reduced to what identifies it: no spaces, markers or bracketed remarks. */
export function normalizeHeader(text: string): string {
  return toHalfWidth(text).replace(REMARKS, '').replace(MARKERS, '').toLowerCase();
}

/** A vocabulary from field → headers (compared after normalizeHeader). */
export function headerVocabulary<F extends string>(
  synonyms: Readonly<Record<F, readonly string[]>>,
  keyField: NoInfer<F>,
  minOtherFields: number,
): HeaderVocabulary<F> {
  const byHeader = new Map<string, F>();
  for (const [field, words] of Object.entries(synonyms) as [F, readonly string[]][])
    for (const w of words)
      if (!byHeader.has(normalizeHeader(w))) byHeader.set(normalizeHeader(w), field);
  return { fieldFor: (n) => byHeader.get(n) ?? null, keyField, minOtherFields };
}

const SCAN_ROWS = 50;
const LABEL_SEPARATOR = '/';
/** 「填报单位：」「制表日期:」: a line of the title block, never a header group. */
const TITLE_LINE = /[:：]/;

function rowTexts(grid: SheetGrid, r: number): string[] {
  const out: string[] = [];
  for (let c = grid.firstCol; c < grid.endCol; c++)
    out.push(cleanCellText(grid.cell(r, c)?.text ?? ''));
  return out;
}

function scoreRow<F extends string>(
  texts: string[],
  vocab: HeaderVocabulary<F>,
): { hasKey: boolean; fields: number } {
  const fields = new Set<F>();
  for (const t of texts) {
    const f = t === '' ? null : vocab.fieldFor(normalizeHeader(t));
    if (f) fields.add(f);
  }
  return { hasKey: fields.has(vocab.keyField), fields: fields.size };
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
 * True when the row below the header has a key value of its own, i.e. it is data, not the
 * lower half of a two-row header (there the key cell is merged down or left empty).
 */
function hasOwnKey<F extends string>(
  grid: SheetGrid,
  keyRow: number,
  vocab: HeaderVocabulary<F>,
): boolean {
  for (let c = grid.firstCol; c < grid.endCol; c++) {
    const t = grid.cell(keyRow, c)?.text ?? '';
    if (t !== '' && vocab.fieldFor(normalizeHeader(t)) === vocab.keyField) {
      const below = grid.cell(keyRow + 1, c);
      return below !== null && !below.merged;
    }
  }
  return false;
}

/** The 0-based row that holds the key header, or null. */
export function findHeaderRow<F extends string>(
  grid: SheetGrid,
  vocab: HeaderVocabulary<F>,
): number | null {
  const end = Math.min(grid.endRow, grid.firstRow + SCAN_ROWS);
  for (let r = grid.firstRow; r < end; r++) {
    const { hasKey, fields } = scoreRow(rowTexts(grid, r), vocab);
    if (hasKey && fields >= 1 + vocab.minOtherFields) return r;
  }
  return null;
}

/** Header rows and columns, given the row holding the key header (0-based). */
export function headerLayout<F extends string>(
  grid: SheetGrid,
  keyRow: number,
  vocab: HeaderVocabulary<F>,
): HeaderLayout<F> {
  let firstRow = keyRow;
  let lastRow = keyRow;
  const above = keyRow - 1;
  if (
    above >= grid.firstRow &&
    hasGroupMerge(grid, above) &&
    distinctTexts(rowTexts(grid, above)) >= 2
  ) {
    firstRow = above;
  } else if (
    keyRow + 1 < grid.endRow &&
    hasGroupMerge(grid, keyRow) &&
    !hasOwnKey(grid, keyRow, vocab)
  ) {
    lastRow = keyRow + 1;
  }
  const columns: HeaderColumn<F>[] = [];
  const seen = new Set<string>();
  for (let c = grid.firstCol; c < grid.endCol; c++) {
    const top = cleanCellText(grid.cell(firstRow, c)?.text ?? '');
    const bottom = firstRow === lastRow ? top : cleanCellText(grid.cell(lastRow, c)?.text ?? '');
    const letter = XLSX.utils.encode_col(c);
    let header: string;
    let detected: F | null;
    if (top === bottom || top === '' || bottom === '') {
      header = bottom || top;
      detected = header === '' ? null : vocab.fieldFor(normalizeHeader(header));
    } else {
      // Match the lower label first: under 「联系方式」, 「手机」 is the phone but 「办公电话」 is not.
      header = `${top}${LABEL_SEPARATOR}${bottom}`;
      detected =
        vocab.fieldFor(normalizeHeader(bottom)) ?? vocab.fieldFor(normalizeHeader(top + bottom));
    }
    if (header === '') continue;
    if (seen.has(header)) header = `${header}（${letter}列）`;
    seen.add(header);
    columns.push({ index: c, letter, header, key: normalizeHeader(header), detected });
  }
  return { firstRow, lastRow, columns };
}
