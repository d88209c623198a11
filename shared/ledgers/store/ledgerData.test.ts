import { describe, expect, it } from 'vitest';
import { freshDb } from '../../db/testDb';
import { loadDemoData } from '../demo';
import { LEDGER_TABLES } from '../tables';
import { loadLedgerData } from './ledgerData';

describe('loadLedgerData', () => {
  it('reads every ledger table and the profile of the demo union', async () => {
    const { db } = freshDb();
    await loadDemoData(db, new Date('2026-11-20T08:00:00'));
    const data = await loadLedgerData(db);
    expect(Object.keys(data.tables).sort()).toEqual([...LEDGER_TABLES].sort());
    expect(data.tables.members.length).toBe(await db.members.count());
    expect(data.tables.activities.length).toBeGreaterThan(0);
    expect(data.profile?.unionName).toContain('工会');
    db.close();
  });
});
