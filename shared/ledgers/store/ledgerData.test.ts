import Dexie from 'dexie';
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

  it('reads one consistent moment: a write made meanwhile is in every table or in none', async () => {
    const { db } = freshDb();
    await loadDemoData(db, new Date('2026-11-20T08:00:00'));
    const [member] = await db.members.limit(1).toArray();
    const [activity] = await db.activities.limit(1).toArray();
    const before = { members: await db.members.count(), activities: await db.activities.count() };
    // The write starts while the members are being read, so it lands between tables unless
    // the read holds one transaction.
    let writing: Promise<unknown> | null = null;
    const write = () =>
      Dexie.ignoreTransaction(() =>
        db.transaction('rw', db.members, db.activities, async () => {
          await db.members.add({ ...member!, id: 'meanwhile' });
          await db.activities.add({ ...activity!, id: 'meanwhile' });
        }),
      );
    db.members.hook('reading', (row) => ((writing ??= write()), row));
    const reading = loadLedgerData(db);
    const data = await reading;
    await writing;
    const added = data.tables.members.length - before.members;
    expect(added === 0 || added === 1).toBe(true);
    expect(data.tables.activities.length - before.activities).toBe(added);
    expect((await loadLedgerData(db)).tables.members.length).toBe(before.members + 1);
    db.close();
  });
});
