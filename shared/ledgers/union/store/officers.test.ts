import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../db/testDb';
import { listBatches, undoBatch } from '../../../db/batches';
import { newMember, withStatus } from '../../roster/rules/member';
import type { OfficerDraft } from '../rules/committee';
import {
  addOfficer,
  deleteOfficer,
  endOfficerTerm,
  listOfficers,
  loadCommittee,
  officersOfMember,
  updateOfficer,
} from './officers';

const STAMP = '2026-01-01T00:00:00Z';

async function db() {
  const { db } = freshDb();
  await db.members.bulkAdd([
    newMember({ id: 'm1', name: '王芳', rosterOrder: 1 }, STAMP),
    newMember({ id: 'm2', name: '李强', rosterOrder: 2 }, STAMP),
    withStatus(
      newMember({ id: 'm3', name: '赵刚', rosterOrder: 3, joinDate: '2001-09-01' }, STAMP),
      {
        status: '退休',
        date: '2025-06-30',
      },
    ),
  ]);
  return db;
}

const draft = (fields: Partial<OfficerDraft> = {}): OfficerDraft => ({
  termNumber: 3,
  role: '副主席',
  memberId: 'm1',
  name: '王芳',
  startDate: '2023-09-01',
  endDate: null,
  ...fields,
});

describe('officers repository', () => {
  it('adds an officer as an undoable batch named after the person and the office', async () => {
    const d = await db();
    const batch = await addOfficer(d, draft());
    expect(batch.label).toBe('添加委员 王芳 副主席');
    expect(await listOfficers(d, 3)).toMatchObject([{ memberId: 'm1', name: '王芳' }]);
    await undoBatch(d, batch.id);
    expect(await listOfficers(d, 3)).toEqual([]);
  });

  it('refuses an end of office before its start and writes nothing', async () => {
    const d = await db();
    await expect(addOfficer(d, draft({ endDate: '2023-01-01' }))).rejects.toThrow(
      '委员“王芳”不能保存：离任日期不能早于任职日期（2023-09-01）',
    );
    expect(await d.officers.count()).toBe(0);
    expect(await listBatches(d)).toEqual([]);
  });

  it('keeps the typed name of an officer who is not on the roster', async () => {
    const d = await db();
    await addOfficer(d, draft({ memberId: 'nobody', name: '王丽华', role: '主席' }));
    expect(await listOfficers(d, 3)).toMatchObject([{ memberId: null, name: '王丽华' }]);
  });

  it('lists one term in office order and a member’s offices across terms', async () => {
    const d = await db();
    await addOfficer(d, draft({ role: '委员', memberId: 'm2', name: '李强' }));
    await addOfficer(d, draft({ role: '主席', memberId: null, name: '王丽华' }));
    await addOfficer(d, draft({ termNumber: 2, role: '委员', startDate: '2018-09-01' }));
    await addOfficer(d, draft());
    expect((await listOfficers(d, 3)).map((o) => o.role)).toEqual(['主席', '副主席', '委员']);
    expect((await officersOfMember(d, 'm1')).map((o) => o.termNumber)).toEqual([3, 2]);
  });

  it('records the end of office, and undo puts the officer back in office', async () => {
    const d = await db();
    await addOfficer(d, draft());
    const [o] = await listOfficers(d, 3);
    const batch = await endOfficerTerm(d, o!.id, '2026-07-01');
    expect(batch.label).toBe('离任 王芳 副主席（2026-07-01）');
    expect((await loadCommittee(d, 3, '2026-11-21')).current).toEqual([]);
    await undoBatch(d, batch.id);
    expect((await loadCommittee(d, 3, '2026-11-21')).current).toHaveLength(1);
  });

  it('updates and deletes an officer, each undoable', async () => {
    const d = await db();
    await addOfficer(d, draft());
    const [o] = await listOfficers(d, 3);
    const upd = await updateOfficer(d, o!.id, draft({ role: '主席' }));
    expect(upd.label).toBe('修改委员 王芳 主席');
    const del = await deleteOfficer(d, o!.id);
    expect(await d.officers.count()).toBe(0);
    await undoBatch(d, del.id);
    expect((await listOfficers(d, 3))[0]?.role).toBe('主席');
  });

  it('gives size advice from the in-service members and today’s committee', async () => {
    const d = await db();
    // Staff who are not union members (劳务派遣) do not count towards the committee size.
    await d.members.add(newMember({ id: 'm9', name: '钱多多', isMember: false, joinDate: null }));
    await addOfficer(d, draft({ role: '主席' }));
    await addOfficer(d, draft({ role: '委员', memberId: 'm2', name: '李强' }));
    const view = await loadCommittee(d, 3, '2026-11-21');
    expect(view.inServiceMembers).toBe(2);
    expect(view.size).toBe(2);
    expect(view.advice.level).toBe('warning');
    expect(view.advice.message).toContain('现在只有 2 人');
  });
});
