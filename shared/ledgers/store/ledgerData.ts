import type { UnionDeskDb } from '../../db/db';
import { getProfile } from '../../db/settings';
import { LEDGER_TABLES, type LedgerTable } from '../tables';
import type { LedgerData } from '../types';

/** Every ledger's rows with no records: what an empty workbook or a new union holds. */
export function emptyLedgerData(): LedgerData {
  const tables = Object.fromEntries(LEDGER_TABLES.map((t) => [t, []]));
  return { profile: null, tables: tables as unknown as LedgerData['tables'] };
}

/** Reads every ledger's rows and the profile in one read transaction (one consistent moment). */
export async function loadLedgerData(db: UnionDeskDb): Promise<LedgerData> {
  return db.transaction('r', ['settings', ...LEDGER_TABLES], async () => {
    const data = emptyLedgerData();
    const tables = data.tables as Record<LedgerTable, readonly unknown[]>;
    for (const t of LEDGER_TABLES) tables[t] = await db.table(t).toArray();
    return { ...data, profile: (await getProfile(db)) ?? null };
  });
}
