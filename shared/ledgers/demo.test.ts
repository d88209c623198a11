import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/testDb';
import { hasDemoData, loadDemoData, removeDemoData } from './demo';
import { getProfile, saveProfile } from '../db/settings';
import { DEMO_PROFILE } from './roster/demo';
import { newMember } from './roster/rules/member';

describe('demo data', () => {
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
});
