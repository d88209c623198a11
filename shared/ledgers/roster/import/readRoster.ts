import { todayIso } from '../../../core/text/dates';
import { statusFromSheetName } from '../rules/normalizeStatus';
import { headerSignature, mappingOf, resolveColumns } from './columnMapping';
import { findDuplicates, type DuplicateCandidate } from './findDuplicates';
import { findHeaderRow, headerLayout, type HeaderLayout } from './findHeader';
import { openRosterWorkbook, type RosterWorkbook } from '../../../core/excel/openWorkbook';
import { buildRowContext, readRow, sectionDepartment, type ReadColumn } from './readRow';
import { ODD_ENCODING_MESSAGE } from './cellMessages';
import { noHeader, noSuchSheet } from '../../../core/excel/rosterReadError';
import { sheetGrid, type SheetGrid } from '../../../core/excel/sheetGrid';
import type {
  ColumnMapping,
  ImportedRow,
  ImportIssue,
  RosterReadOptions,
  RosterReadResult,
  SheetInfo,
} from './types';

/*
 * The roster reader: bytes in, normalized rows and issues out. Pure (no database, no DOM,
 * no Node), so it runs in the import wizard's Web Worker and in the roster:inspect CLI.
 * Keep one RosterWorkbook open to re-read with another mapping without parsing again.
 */

interface SheetSurvey {
  info: SheetInfo;
  grid: SheetGrid;
  layout: HeaderLayout | null;
}

const PROGRESS_EVERY = 1000;

function survey(book: RosterWorkbook, headerRow: number | undefined): SheetSurvey[] {
  const surveys = book.workbook.SheetNames.map((name): SheetSurvey => {
    const grid = sheetGrid(book.workbook.Sheets[name]!, name, book.date1904);
    const keyRow = headerRow !== undefined ? headerRow - 1 : findHeaderRow(grid);
    const layout =
      keyRow === null || keyRow < grid.firstRow || keyRow >= grid.endRow
        ? null
        : headerLayout(grid, keyRow);
    let nameRowCount = 0;
    const nameCol = layout?.columns.find((c) => c.detected === 'name');
    if (layout && nameCol) {
      for (let r = layout.lastRow + 1; r < grid.endRow; r++)
        if (grid.cell(r, nameCol.index)?.text.trim()) nameRowCount++;
    }
    return {
      grid,
      layout,
      info: {
        name,
        rowCount: Math.max(0, grid.endRow),
        headerRow: layout ? layout.lastRow + 1 : null,
        nameRowCount,
        recommended: false,
        statusFromName: statusFromSheetName(name),
        imported: false,
      },
    };
  });
  let best: SheetSurvey | null = null;
  for (const s of surveys)
    if (s.layout && (!best || s.info.nameRowCount > best.info.nameRowCount)) best = s;
  if (best) best.info.recommended = true;
  return surveys;
}

function chooseSheets(
  book: RosterWorkbook,
  surveys: SheetSurvey[],
  options: RosterReadOptions,
): SheetSurvey[] {
  if (options.sheets && options.sheets.length > 0) {
    return options.sheets.map((name) => {
      const s = surveys.find((x) => x.info.name === name);
      if (!s) throw noSuchSheet(book.fileName, name, book.workbook.SheetNames);
      return s;
    });
  }
  if (options.statusFromSheetName) {
    const byStatus = surveys.filter((s) => s.layout && s.info.statusFromName);
    if (byStatus.length > 0) return byStatus;
  }
  const best = surveys.find((s) => s.info.recommended);
  if (!best) throw noHeader(book.fileName);
  return [best];
}

/** Reads an opened workbook. Throws RosterReadError when no roster header can be found. */
export function readRosterWorkbook(
  book: RosterWorkbook,
  options: RosterReadOptions = {},
): RosterReadResult {
  const today = options.today ?? todayIso();
  const surveys = survey(book, options.headerRow);
  const chosen = chooseSheets(book, surveys, options);
  for (const s of chosen) {
    if (!s.layout) throw noHeader(book.fileName, s.info.name);
    s.info.imported = true;
  }

  const total = chosen.reduce((n, s) => n + Math.max(0, s.grid.endRow - s.layout!.lastRow - 1), 0);
  let done = 0;
  const rows: ImportedRow[] = [];
  const issues: ImportIssue[] = [];
  const candidates: DuplicateCandidate[] = [];
  const mapping: ColumnMapping = {};
  const keyColumns = new Map<string, ReadColumn>();
  let primaryColumns: ReadColumn[] = [];

  for (const s of chosen) {
    const layout = s.layout!;
    const resolved = resolveColumns(layout.columns, options.mapping);
    const columns: ReadColumn[] = resolved.map((c, i) => ({
      ...c,
      index: layout.columns[i]!.index,
    }));
    if (s === chosen[0]) primaryColumns = columns;
    for (const [header, field] of Object.entries(mappingOf(resolved)))
      if (!(header in mapping)) mapping[header] = field;
    for (const field of ['name', 'idNumber'] as const) {
      const col = columns.find((c) => c.field === field);
      if (col) keyColumns.set(`${s.info.name}\u0000${field}`, col);
    }
    const ctx = buildRowContext(s.info.name, columns, {
      date1904: book.date1904,
      today,
      sheetStatus: options.statusFromSheetName ? s.info.statusFromName : null,
    });
    const oddLines = new Set(book.format === 'csv' ? book.oddLines : []);
    for (let r = layout.lastRow + 1; r < s.grid.endRow; r++) {
      const section = sectionDepartment(s.grid, r);
      if (section) ctx.section = section;
      const read = section ? null : readRow(s.grid, r, ctx);
      if (read) {
        rows.push(read.row);
        for (const i of read.issues) issues.push(i);
        // A CSV's rows are its lines (quoted line breaks aside, which rosters do not have).
        if (oddLines.has(r + 1))
          issues.push({
            sheet: s.info.name,
            row: r + 1,
            column: null,
            header: null,
            field: null,
            code: 'odd-encoding',
            message: ODD_ENCODING_MESSAGE,
            severity: 'warning',
          });
        candidates.push({ row: read.row, validId: read.validId });
      }
      done++;
      if (options.onProgress && done % PROGRESS_EVERY === 0) options.onProgress(done, total);
    }
  }
  const duplicates = findDuplicates(
    candidates,
    (sheet, field) => keyColumns.get(`${sheet}\u0000${field}`) ?? null,
  );
  if (duplicates.length > 0) {
    const order = new Map(chosen.map((s, i) => [s.info.name, i]));
    issues.push(...duplicates);
    issues.sort((a, b) => order.get(a.sheet)! - order.get(b.sheet)! || a.row - b.row);
  }
  options.onProgress?.(total, total);

  const primary = chosen[0]!;
  return {
    file: book.fileName,
    format: book.format,
    sheet: primary.info.name,
    sheets: surveys.map((s) => s.info),
    headerRow: primary.layout!.lastRow + 1,
    headerSignature: headerSignature(primary.layout!.columns),
    columns: primaryColumns.map(({ letter, header, field }) => ({ letter, header, field })),
    mapping,
    rows,
    issues,
  };
}

/** Reads roster bytes (.xlsx, .xls, .csv, HTML saved as .xls). Throws RosterReadError with a message for the user. */
export function readRoster(
  bytes: Uint8Array,
  fileName: string,
  options: RosterReadOptions = {},
): RosterReadResult {
  return readRosterWorkbook(openRosterWorkbook(bytes, fileName), options);
}
