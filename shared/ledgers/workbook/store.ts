import type { DataTable, UnionDeskDb } from '../../db/db';
import { writeBatch, type Batch } from '../../db/batches';
import { PROFILE_KEY, unionIdOf } from '../../db/settings';
import { todayIso } from '../../core/text/dates';
import { workbookBytesWithIdentity, workbookFileName } from './exportWorkbook';
import { planWorkbook, type WorkbookPlan, type TableWrites } from './planWorkbook';
import { readWorkbook } from './readWorkbook';
import { LEDGER_TABLES, type LedgerRows, type LedgerTable } from '../tables';
import { loadLedgerData } from '../store/ledgerData';

/*
 * 导出/导入年度台账 against the database. The export reads every ledger at one moment; the
 * import is preview first (read + plan, nothing written — cancelling leaves the records
 * untouched), then ONE batch with every sheet's rows, undoable as a whole.
 */

/**
 * The workbook of everything kept, and its file name 「<工会名称>年度台账<年>.xlsx」, with
 * the 说明 sheet naming the union (名称, 统计编码, 工会标识), the year, the export time and
 * the data's 校验码 (identity.ts) for the federation that collects it.
 */
export async function exportWorkbook(
  db: UnionDeskDb,
  year: number = new Date().getFullYear(),
  now: Date = new Date(),
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const unionId = await unionIdOf(db);
  const data = await loadLedgerData(db);
  const bytes = await workbookBytesWithIdentity(data, {
    unionName: data.profile?.unionName ?? '',
    statsCode: data.profile?.statsCode ?? '',
    unionId,
    year,
    exportedAt: now.toISOString(),
  });
  return { fileName: workbookFileName(data.profile?.unionName, year), bytes };
}

/**
 * What importing the file would do: per sheet 新增/更新/跳过/问题 and its issues. Throws a
 * RosterReadError (Chinese message naming the file) when the file cannot be read at all.
 */
export async function previewWorkbookImport(
  db: UnionDeskDb,
  bytes: Uint8Array,
  fileName: string,
  opts: { today?: string; newId?: () => string } = {},
): Promise<WorkbookPlan> {
  const today = opts.today ?? todayIso();
  const read = readWorkbook(bytes, fileName, { today });
  return planWorkbook(read, await loadLedgerData(db), { today, newId: opts.newId });
}

export const WORKBOOK_SUMMARY_LABELS = {
  add: '新增',
  update: '更新',
  skip: '跳过',
  problems: '问题',
} as const;

/** Writes a previewed import in one transaction, as one undoable batch. */
export async function applyWorkbookImport(db: UnionDeskDb, plan: WorkbookPlan): Promise<Batch> {
  const tables = ['settings', ...LEDGER_TABLES] as DataTable[];
  const { batch } = await writeBatch(
    db,
    { kind: 'import', label: `导入年度台账“${plan.file}”` },
    tables,
    async (w) => {
      if (plan.profile) await w.put('settings', { key: PROFILE_KEY, value: plan.profile });
      for (const t of LEDGER_TABLES) {
        const writes = (plan.writes as Record<string, TableWrites[typeof t]>)[t];
        if (!writes) continue;
        await w.bulkAdd(t, writes.add as LedgerRows[LedgerTable][]);
        await w.bulkPut(t, writes.put as LedgerRows[LedgerTable][]);
      }
      for (const s of plan.sheets)
        for (const [k, label] of Object.entries(WORKBOOK_SUMMARY_LABELS))
          w.count(label, s.counts[k as keyof typeof WORKBOOK_SUMMARY_LABELS]);
    },
  );
  return batch;
}
