import type { Transaction } from 'dexie';
import type { SchemaVersion } from './types';
import { v06 } from './v06-member-fields';

/*
 * Frozen: this file carries its own rule for a first status date and reads the batch log
 * as it was written up to v6, so it does what it did when it was released whatever the
 * ledger code becomes.
 */

interface StatusEntry {
  status: string;
  date: string;
  note?: string;
}

interface MemberBefore {
  id: string;
  joinDate?: string | null;
  hireDate?: string | null;
  status: string;
  statusHistory?: StatusEntry[];
}

interface BatchBefore {
  id: string;
  kind: string;
  at: string;
}

interface ChangeBefore {
  batchId: string;
  table: string;
  key: string;
  before: unknown;
  after: unknown;
  added?: { keys: string[] };
}

/** The notes the roster import and the workbook import wrote on the entries they made. */
const IMPORT_NOTES = ['导入花名册', '导入年度台账'];

/** 'YYYY-MM-DD' `days` after `day` (UTC calendar arithmetic). */
function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Up to v6 an import dated a new member's first status entry the day of the import when
 * the file had no 入会时间 (and a person read from a 退休 sheet got 退休 on that day), so a
 * back-dated change (退休 on the date of the letter) sorted before it and was ignored.
 * The import batches' change logs say which members an import added and when: such a
 * member's entry made by the import (its note, dated the import day — the batch's UTC
 * day or the day either side, as the chair's local day may differ — and not matching his
 * 入会时间 or 参加工作时间) is redated — 在职 to 入会时间, else 参加工作时间, else unknown
 * (''); any other status to unknown — and the status follows the re-sorted history.
 * Members added by hand, and entries the chair dated, are untouched.
 */
async function redateImportedFirstEntries(tx: Transaction): Promise<void> {
  const imports = new Map<string, string>();
  await tx
    .table('batches')
    .where('kind')
    .equals('import')
    .each((b: BatchBefore) => {
      imports.set(b.id, b.at.slice(0, 10));
    });
  if (imports.size === 0) return;

  /** member id → the import days that added it */
  const addedOn = new Map<string, Set<string>>();
  const note = (id: string, day: string) => {
    const days = addedOn.get(id) ?? new Set<string>();
    for (const d of [shiftDay(day, -1), day, shiftDay(day, 1)]) days.add(d);
    addedOn.set(id, days);
  };
  await tx
    .table('changes')
    .toCollection()
    .each((c: ChangeBefore) => {
      const day = imports.get(c.batchId);
      if (day === undefined || c.table !== 'members') return;
      if (c.added) for (const key of c.added.keys) note(key, day);
      else if (c.before === null && c.after !== null && c.key) note(c.key, day);
    });
  if (addedOn.size === 0) return;

  await tx
    .table('members')
    .where('id')
    .anyOf([...addedOn.keys()])
    .modify((m: MemberBefore) => {
      const history = m.statusHistory;
      if (!history) return;
      const days = addedOn.get(m.id)!;
      const join = m.joinDate ?? null;
      const hire = m.hireDate ?? null;
      // The entry the import made: the earliest with the import's note on the import day.
      // A back-dated change may sort before it, so it is not always history[0].
      const i = history.findIndex(
        (e) =>
          !!e.date &&
          days.has(e.date) &&
          IMPORT_NOTES.includes(e.note ?? '') &&
          e.date !== join &&
          e.date !== hire,
      );
      if (i < 0) return;
      const made = history[i]!;
      const redated: StatusEntry = {
        ...made,
        date: made.status === '在职' ? (join ?? hire ?? '') : '',
      };
      const sorted = history
        .map((e, j) => (j === i ? redated : e))
        .sort((a, b) => (a.date || '').localeCompare(b.date || ''));
      m.statusHistory = sorted;
      m.status = sorted[sorted.length - 1]!.status;
    });
}

export const v07: SchemaVersion = {
  version: 7,
  reason: 'members: a first status entry dated the import day is redated (入会时间, else unknown)',
  stores: { ...v06.stores },
  upgrade: redateImportedFirstEntries,
};
