import type { UnionDeskDb } from '../db/db';
import { writeBatch, type Batch } from '../db/batches';
import { getProfile, PROFILE_KEY } from '../db/settings';
import { LEDGERS } from './registry';
import { LEDGER_DEMOS } from './demos';
import { LEDGER_TABLES, type LedgerRows, type LedgerTable } from './tables';
import type { DemoSeed, LedgerModule } from './types';
import { DEMO_PROFILE } from './roster/demo';

/*
 * 载入示例数据 / 移除示例数据 through the registry: each ledger makes its own demo rows
 * (LEDGER_DEMOS, ./demos.ts), every one marked `demo: 1`; removing the demo removes every such
 * row of every ledger table. No list of demo tables here.
 */

/** Marks that the profile came with the demo, so removing the demo removes it too. */
const DEMO_PROFILE_FLAG = 'demoProfile';

/** How the batch summary counts what the demo brought (other tables go uncounted). */
const SUMMARY_LABELS: Partial<Record<LedgerTable, string>> = {
  members: '会员',
  activities: '活动',
  officers: '委员',
  honours: '表彰',
};

/**
 * The order ledgers seed in: the ledger holding the members first (every other ledger's demo
 * rows point at them), then the rest in LEDGERS order.
 */
function seedOrder(): LedgerModule[] {
  const holdsMembers = (l: LedgerModule) => ('members' in l.tables ? 0 : 1);
  return [...LEDGERS].sort((a, b) => holdsMembers(a) - holdsMembers(b));
}

/** The demo rows of every ledger, each ledger given the rows of those seeded before it. */
export function buildDemoRows(seed: Omit<DemoSeed, 'rows'>): DemoSeed['rows'] {
  const rows: Partial<{ [T in LedgerTable]: LedgerRows[T][] }> = {};
  for (const ledger of seedOrder()) {
    Object.assign(rows, LEDGER_DEMOS[ledger.name]?.({ ...seed, rows }) ?? {});
  }
  return rows;
}

function hasDemoIndex(db: UnionDeskDb, table: LedgerTable): boolean {
  return db.table(table).schema.idxByName['demo'] !== undefined;
}

/** Keys of a table's demo rows (through its `demo` index, or a scan where it has none). */
async function demoKeys(db: UnionDeskDb, table: LedgerTable): Promise<string[]> {
  const t = db.table<{ demo?: 1 }, string>(table);
  return hasDemoIndex(db, table)
    ? t.where('demo').equals(1).primaryKeys()
    : t.filter((row) => row.demo === 1).primaryKeys();
}

export async function hasDemoData(db: UnionDeskDb): Promise<boolean> {
  for (const t of LEDGER_TABLES) {
    if (hasDemoIndex(db, t) && (await db.table(t).where('demo').equals(1).count()) > 0) return true;
  }
  return false;
}

/**
 * Fills the fictional school union in one undoable batch. The union profile is set only
 * when none exists yet (a chair's real profile is never overwritten).
 */
export async function loadDemoData(db: UnionDeskDb, now: Date = new Date()): Promise<Batch> {
  const own = await getProfile(db);
  const rows = buildDemoRows({ now, profile: own ?? DEMO_PROFILE });
  const tables = Object.keys(rows) as LedgerTable[];
  const { batch } = await writeBatch(
    db,
    { kind: 'demo', label: '载入示例数据' },
    ['settings', ...LEDGER_TABLES],
    async (w) => {
      if (!own) {
        await w.put('settings', { key: PROFILE_KEY, value: DEMO_PROFILE });
        await w.put('settings', { key: DEMO_PROFILE_FLAG, value: true });
      }
      for (const t of tables) {
        const list = rows[t] ?? [];
        await w.bulkPut(t, [...list]);
        const label = SUMMARY_LABELS[t];
        if (label) w.count(label, list.length);
      }
    },
  );
  return batch;
}

/** Removes every demo row (and the demo profile, if the demo brought it) in one batch. */
export async function removeDemoData(db: UnionDeskDb): Promise<Batch> {
  const { batch } = await writeBatch(
    db,
    { kind: 'demo', label: '移除示例数据' },
    ['settings', ...LEDGER_TABLES],
    async (w) => {
      for (const t of LEDGER_TABLES) {
        const keys = await demoKeys(db, t);
        await w.bulkDelete(t, keys);
        const label = SUMMARY_LABELS[t];
        if (label) w.count(label, keys.length);
      }
      if (await db.settings.get(DEMO_PROFILE_FLAG)) {
        await w.delete('settings', PROFILE_KEY);
        await w.delete('settings', DEMO_PROFILE_FLAG);
      }
    },
  );
  return batch;
}
