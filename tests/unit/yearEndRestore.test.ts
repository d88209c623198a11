import { describe, expect, it } from 'vitest';
import { freshDb } from '../../shared/db/testDb';
import { createBackup, restoreBackup, verifyBackup } from '../../shared/backup/backupFile';
import { loadDemoData } from '../../shared/ledgers/demo';
import { LEDGERS } from '../../shared/ledgers';
import { figuresByLedger } from '../../shared/ledgers/yearEnd/rules/report';
import { statisticsYear } from '../../shared/ledgers/yearEnd/rules/period';
import { loadLedgerData } from '../../shared/ledgers/store/ledgerData';
import { loadYearEndData, refreshActivityTallies } from '../../shared/ledgers/store/yearEndData';

// A restore writes every participant row at once: the kept activity counts (a derived table,
// not in backups) must not outlive the rows they were counted from.
describe('restoring a backup and the kept activity counts', () => {
  it('drops every kept count and counts the restored rows', async () => {
    const { db } = freshDb();
    await loadDemoData(db, new Date('2026-11-20T08:00:00'));
    const year = statisticsYear(2026, 1);
    const figures = async () => figuresByLedger(year, await loadYearEndData(db), LEDGERS);
    const before = await figures();
    const { bytes } = await createBackup(db, 'manual', new Date('2026-11-20T08:00:00'));
    expect(
      Object.keys(JSON.parse(new TextDecoder().decode(bytes).split('\n')[1]!).tables),
    ).not.toContain('activityTallies');
    await db.participants.clear();
    await refreshActivityTallies(db);
    expect(await figures()).not.toEqual(before);
    await restoreBackup(db, await verifyBackup(bytes, 'x.uniondesk'));
    expect(await db.activityTallies.count()).toBe(0);
    expect(await figures()).toEqual(before);
    expect(await figures()).toEqual(figuresByLedger(year, await loadLedgerData(db), LEDGERS));
    db.close();
  });
});
