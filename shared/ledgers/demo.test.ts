import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/testDb';
import { undoBatch } from '../db/batches';
import { hasDemoData, loadDemoData, removeDemoData } from './demo';
import { getProfile, saveProfile } from '../db/settings';
import { DEMO_PROFILE } from './roster/demo';
import { newMember } from './roster/rules/member';
import { LEDGER_TABLES } from './tables';
import { LEDGERS } from './index';
import { LEDGER_DEMOS } from './demos';
import { loadCommittee } from './union/store/officers';
import { listHonours } from './union/store/honours';

async function demoRowsLeft(db: Awaited<ReturnType<typeof freshDb>>['db']) {
  const left: string[] = [];
  for (const t of LEDGER_TABLES) {
    const rows = await db.table<{ demo?: 1 }>(t).toArray();
    if (rows.some((r) => r.demo === 1)) left.push(t);
  }
  return left;
}

describe('demo data', () => {
  it('keeps the care year in the fund account: each union-paid visit and distribution has its expense', async () => {
    const { db } = freshDb();
    await loadDemoData(db, new Date('2026-11-21T08:00:00'));
    const entries = await db.fundEntries.toArray();
    const visits = await db.careVisits.toArray();
    const distributions = await db.distributions.toArray();
    const linked = (table: string, id: string) =>
      entries.filter((e) => e.link?.table === table && e.link.id === id);
    const paidVisits = visits.filter(
      (v) => v.fundSource === '工会经费' && v.date.startsWith('2026'),
    );
    expect(paidVisits.length).toBeGreaterThan(0);
    for (const v of paidVisits) expect(linked('careVisits', v.id)).toHaveLength(1);
    for (const v of visits.filter((x) => x.fundSource !== '工会经费'))
      expect(linked('careVisits', v.id)).toHaveLength(0);
    const paid = distributions.filter(
      (d) => d.fundSource === '工会经费' && d.date.startsWith('2026'),
    );
    for (const d of paid) {
      const n = await db.distributionRecipients.where('distributionId').equals(d.id).count();
      expect(linked('distributions', d.id).map((e) => e.amountFen)).toEqual([d.valueCents * n]);
    }
  });

  it('fills a school union of about 80 members with retirees, departments and activities', async () => {
    const { db } = freshDb();
    await loadDemoData(db, new Date('2026-11-21T08:00:00'));
    const members = await db.members.toArray();
    expect(members.length).toBeGreaterThanOrEqual(75);
    expect(members.length).toBeLessThanOrEqual(90);
    expect(members.filter((m) => m.status === '退休').length).toBeGreaterThan(0);
    expect(new Set(members.map((m) => m.department)).size).toBeGreaterThanOrEqual(6);
    expect(await db.activities.count()).toBeGreaterThan(0);
    expect((await getProfile(db))?.unionName).toBe(DEMO_PROFILE.unionName);
  });

  it('is removed in one click, leaving the chair’s own records and profile alone', async () => {
    const { db } = freshDb();
    const own = { ...DEMO_PROFILE, unionName: '城南小学工会委员会' };
    await saveProfile(db, own);
    await db.members.put(newMember({ id: 'mine', name: '陈晓梅' }));
    await loadDemoData(db);
    expect((await getProfile(db))?.unionName).toBe('城南小学工会委员会');
    await removeDemoData(db);
    expect(await hasDemoData(db)).toBe(false);
    expect((await db.members.toArray()).map((m) => m.id)).toEqual(['mine']);
    expect(await db.activities.count()).toBe(0);
    expect(await db.participants.count()).toBe(0);
    expect((await getProfile(db))?.unionName).toBe('城南小学工会委员会');
  });

  it('takes the demo profile away with the demo when it brought it', async () => {
    const { db } = freshDb();
    await loadDemoData(db);
    await removeDemoData(db);
    expect(await getProfile(db)).toBeUndefined();
  });

  it('seats a committee of 7 for the current term, within the 条例 第八条 band', async () => {
    const { db } = freshDb();
    await loadDemoData(db, new Date('2026-11-21T08:00:00'));
    const view = await loadCommittee(db, DEMO_PROFILE.termNumber, '2026-11-21');
    expect(view.current.map((o) => o.role).slice(0, 2)).toEqual(['主席', '副主席']);
    expect(view.current[0]?.name).toBe(DEMO_PROFILE.chairName);
    expect(view.advice.level).toBe('ok');
    expect(view.advice.message).toContain('现有 7 人');
    expect(view.officers.some((o) => o.endDate !== null)).toBe(true);
    expect(view.current.slice(1).every((o) => o.memberId?.startsWith('demo-m-'))).toBe(true);
  });

  it('gives six honours over this year and last, two of them to collectives', async () => {
    const { db } = freshDb();
    await loadDemoData(db, new Date('2026-11-21T08:00:00'));
    const all = await listHonours(db, null);
    expect(all).toHaveLength(6);
    expect(new Set(all.map((h) => h.year))).toEqual(new Set([2026, 2025]));
    expect(all.filter((h) => h.kind === '集体')).toHaveLength(2);
    expect(all.filter((h) => h.kind === '个人').every((h) => h.memberId !== null)).toBe(true);
  });

  it('fills every ledger that has a demo, through the registry', async () => {
    const { db } = freshDb();
    await loadDemoData(db, new Date('2026-11-21T08:00:00'));
    // The township registry seeds only for a federation (township/excel/roundTrip.test.ts).
    for (const ledger of LEDGERS.filter((l) => LEDGER_DEMOS[l.name] && l.name !== 'township')) {
      const counts = await Promise.all(Object.keys(ledger.tables).map((t) => db.table(t).count()));
      expect(
        counts.some((n) => n > 0),
        ledger.name,
      ).toBe(true);
    }
  });

  it('leaves no demo row in any ledger table, those without a demo index included', async () => {
    const { db } = freshDb();
    await loadDemoData(db);
    await db.table('documents').put({ id: 'demo-doc', year: 2026, seq: 1, demo: 1 });
    expect(await demoRowsLeft(db)).toEqual(expect.arrayContaining(['officers', 'honours']));
    await removeDemoData(db);
    expect(await demoRowsLeft(db)).toEqual([]);
    expect(await hasDemoData(db)).toBe(false);
  });

  it('is undone as one batch, bringing every demo row back', async () => {
    const { db } = freshDb();
    await loadDemoData(db);
    const before = await Promise.all(LEDGER_TABLES.map((t) => db.table(t).count()));
    const batch = await removeDemoData(db);
    await undoBatch(db, batch.id);
    expect(await Promise.all(LEDGER_TABLES.map((t) => db.table(t).count()))).toEqual(before);
  });
});
