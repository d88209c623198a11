import { DEFAULT_ACTIVITY_KINDS } from '../activities/rules/activity';
import { emptyLedgerData } from '../store/ledgerData';
import { LEDGER_TABLES, type LedgerTable } from '../tables';
import type { LedgerData } from '../types';
import { planWorkbook } from './planWorkbook';
import { readWorkbook, type WorkbookIssue, type WorkbookRead } from './readWorkbook';

/**
 * The records a 年度台账 holds, as a fresh database would after importing it (the figures
 * of `ledger:report` are computed from these): the same read and plan as 导入年度台账, against
 * an empty union that has only the built-in activity kinds. Rows with errors are left out
 * and returned as issues. Throws RosterReadError (a Chinese message) for an unreadable file.
 */
export function workbookLedgerData(
  bytes: Uint8Array,
  fileName: string,
  opts: { today?: string } = {},
): { data: LedgerData; issues: WorkbookIssue[] } {
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  return ledgerDataOfRead(readWorkbook(bytes, fileName, { today }), { today });
}

/** workbookLedgerData of a workbook read already (the federation reads each package once). */
export function ledgerDataOfRead(
  read: WorkbookRead,
  opts: { today?: string } = {},
): { data: LedgerData; issues: WorkbookIssue[] } {
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const start = emptyLedgerData();
  const empty: LedgerData = {
    ...start,
    tables: { ...start.tables, activityKinds: DEFAULT_ACTIVITY_KINDS },
  };
  let n = 0;
  const plan = planWorkbook(read, empty, {
    today,
    now: `${today}T00:00:00.000Z`,
    newId: () => `wb-${++n}`,
  });
  const tables = { ...empty.tables } as Record<LedgerTable, readonly unknown[]>;
  for (const t of LEDGER_TABLES) {
    const w = (plan.writes as Record<string, { add: unknown[]; put: unknown[] } | undefined>)[t];
    if (w) tables[t] = [...tables[t], ...w.add, ...w.put];
  }
  return {
    data: { profile: plan.profile, tables: tables as LedgerData['tables'] },
    issues: plan.sheets.flatMap((s) => s.issues),
  };
}
