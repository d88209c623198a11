import { describe, expect, it } from 'vitest';
import { freshDb } from '../../db/testDb';
import { listBatches } from '../../db/batches';
import { newMember } from '../roster/rules/member';
import { deleteMember, deleteMembers } from '../roster/store/members';
import {
  countMemberReferences,
  deleteBlockMessage,
  MEMBER_REFERENCE_TABLES,
  MemberReferencedError,
} from './memberReferences';

const STAMP = '2026-01-01T00:00:00Z';

async function union() {
  const { db } = freshDb();
  await db.members.bulkAdd([
    newMember({ id: 'm1', name: '王芳', rosterOrder: 1 }, STAMP),
    newMember({ id: 'm2', name: '李强', rosterOrder: 2 }, STAMP),
  ]);
  await db.participants.bulkAdd(
    ['a1', 'a2', 'a3'].map((activityId, i) => ({
      id: `${activityId}~m1`,
      activityId,
      memberId: 'm1',
      state: '出席' as const,
      order: i + 1,
    })),
  );
  await db.honours.add({
    id: 'h1',
    year: 2026,
    kind: '个人',
    recipient: '王芳',
    memberId: 'm1',
    title: '优秀工会积极分子',
    level: '市级',
    body: '示例市教育工会',
  });
  return db;
}

describe('member references', () => {
  it('reads every ledger’s references from the registry', () => {
    expect(MEMBER_REFERENCE_TABLES).toEqual(
      expect.arrayContaining(['participants', 'officers', 'honours']),
    );
  });

  it('counts per reference the records pointing at a member', async () => {
    const db = await union();
    const counts = await countMemberReferences(db, 'm1');
    expect(Object.fromEntries(counts.map((c) => [c.table, c.count]))).toMatchObject({
      participants: 3,
      officers: 0,
      honours: 1,
    });
  });

  it('says why a member cannot be deleted, in the chair’s words', async () => {
    const db = await union();
    expect(deleteBlockMessage('王芳', await countMemberReferences(db, 'm1'))).toBe(
      '王芳 参加过 3 次活动、获得 1 项表彰，不能删除；如已离开请标记“调出”',
    );
    expect(deleteBlockMessage('李强', await countMemberReferences(db, 'm2'))).toBeNull();
  });

  it('ignores references that do not block a delete', () => {
    const counts = [
      {
        table: 'honours' as const,
        field: 'memberId',
        label: '获得的表彰',
        blocksDelete: false,
        count: 2,
      },
    ];
    expect(deleteBlockMessage('王芳', counts)).toBeNull();
  });
});

describe('deleting a member', () => {
  it('is refused while other ledgers point at the member, writing nothing', async () => {
    const db = await union();
    const err = await deleteMember(db, 'm1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MemberReferencedError);
    expect((err as Error).message).toBe(
      '王芳 参加过 3 次活动、获得 1 项表彰，不能删除；如已离开请标记“调出”',
    );
    expect(await db.members.get('m1')).toBeDefined();
    expect(await listBatches(db)).toEqual([]);
  });

  it('is refused when the member holds an office', async () => {
    const db = await union();
    await db.officers.add({
      id: 'o1',
      termNumber: 3,
      role: '委员',
      memberId: 'm2',
      name: '李强',
      startDate: '2023-09-01',
      endDate: null,
    });
    await expect(deleteMember(db, 'm2')).rejects.toThrow('李强 担任过 1 项职务，不能删除');
  });

  it('goes ahead for a member nothing points at', async () => {
    const db = await union();
    await deleteMember(db, 'm2');
    expect(await db.members.get('m2')).toBeUndefined();
  });

  it('refuses a bulk delete as a whole when one of them is referenced', async () => {
    const db = await union();
    await expect(deleteMembers(db, ['m2', 'm1'])).rejects.toThrow('没有删除任何人：王芳 参加过');
    expect(await db.members.count()).toBe(2);
  });
});
