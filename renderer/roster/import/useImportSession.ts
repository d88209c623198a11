import { useCallback, useState } from 'react';
import type {
  ImportIssue,
  ImportedRow,
  RosterReadResult,
} from '../../../shared/ledgers/roster/import';
import { fixRowFields, type FixableField } from '../../../shared/ledgers/roster';
import { todayIso } from '../../../shared/core/text';
import type { ReaderOptions } from './readerMessages';
import { readRosterInWorker } from './readRosterInWorker';
import { errorDetail } from '../../app/errorText';

export interface ImportSession {
  fileName: string;
  bytes: Uint8Array;
  options: ReaderOptions;
  result: RosterReadResult;
  /** The rows as the chair has fixed them. */
  rows: ImportedRow[];
  issues: ImportIssue[];
  /** Indexes of rows the chair chose to skip. */
  skipped: ReadonlySet<number>;
}

export type ReadState =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'failed'; message: string };

/** The file being imported: reading (in a worker), re-reading with another mapping, fixes and skips. */
export function useImportSession() {
  const [session, setSession] = useState<ImportSession | null>(null);
  const [read, setRead] = useState<ReadState>({ kind: 'idle' });

  const load = useCallback(async (fileName: string, bytes: Uint8Array, options: ReaderOptions) => {
    setRead({ kind: 'reading', done: 0, total: 0 });
    try {
      const result = await readRosterInWorker(bytes, fileName, options, (done, total) =>
        setRead({ kind: 'reading', done, total }),
      );
      // A row repeating an earlier one starts skipped; the chair can take it back.
      const repeated = result.issues.filter((i) => i.code === 'duplicate-in-file');
      const skipped = new Set<number>();
      if (repeated.length > 0)
        issuesPerRow(result.rows, repeated).forEach((list, i) => list && skipped.add(i));
      setSession({
        fileName,
        bytes,
        options,
        result,
        rows: result.rows,
        issues: result.issues,
        skipped,
      });
      setRead({ kind: 'idle' });
      return result;
    } catch (e) {
      setRead({ kind: 'failed', message: errorDetail(e) });
      return null;
    }
  }, []);

  const fix = useCallback((index: number, changes: Partial<Record<FixableField, string>>) => {
    setSession((s) => {
      if (!s) return s;
      const row = s.rows[index]!;
      const others = s.issues.filter((i) => !(i.sheet === row.sheet && i.row === row.row));
      const mine = s.issues.filter((i) => i.sheet === row.sheet && i.row === row.row);
      const fixed = fixRowFields(row, changes, mine, s.result.columns, todayIso());
      const rows = s.rows.slice();
      rows[index] = fixed.row;
      return { ...s, rows, issues: [...others, ...fixed.issues] };
    });
  }, []);

  const toggleSkip = useCallback((index: number, skip: boolean) => {
    setSession((s) => {
      if (!s) return s;
      const skipped = new Set(s.skipped);
      if (skip) skipped.add(index);
      else skipped.delete(index);
      return { ...s, skipped };
    });
  }, []);

  const reset = useCallback(() => {
    setSession(null);
    setRead({ kind: 'idle' });
  }, []);

  return { session, read, load, fix, toggleSkip, reset };
}

/** `sheet:row` → the row's issues, for quick lookup while rendering. */
export function issuesByRow(issues: readonly ImportIssue[]): Map<string, ImportIssue[]> {
  const m = new Map<string, ImportIssue[]>();
  for (const i of issues) {
    const k = `${i.sheet}:${i.row}`;
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  }
  return m;
}

/**
 * Each row's issues, by the row's index (undefined: none). Looked up by sheet, then row
 * number: no key string is built per row (at 100,000 rows those strings were most of the
 * problems step's first paint).
 */
export function issuesPerRow(
  rows: readonly ImportedRow[],
  issues: readonly ImportIssue[],
): (ImportIssue[] | undefined)[] {
  const out = new Array<ImportIssue[] | undefined>(rows.length);
  if (issues.length === 0) return out;
  const bySheet = new Map<string, Map<number, ImportIssue[]>>();
  for (const i of issues) {
    let sheet = bySheet.get(i.sheet);
    if (!sheet) bySheet.set(i.sheet, (sheet = new Map()));
    const list = sheet.get(i.row);
    if (list) list.push(i);
    else sheet.set(i.row, [i]);
  }
  for (let k = 0; k < rows.length; k++) out[k] = bySheet.get(rows[k]!.sheet)?.get(rows[k]!.row);
  return out;
}
