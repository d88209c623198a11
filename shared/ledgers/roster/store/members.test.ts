import { describe, expect, it } from 'vitest';
import { openDb } from '../../../db/db';
import { listBatches, undoBatch } from '../../../db/batches';
import {
  bulkChangeDepartment,
  bulkChangeGroup,
  bulkChangeStatus,
  changeStatus,
  deleteMember,
  DuplicateIdNumberError,
  findByIdNumber,
  getMember,
  listMembers,
  saveMember,
} from './members';
import { listDepartments, listUnionGroups } from './orgUnits';
import { newMember, type Member } from '../rules/member';

const db = () => openDb(`t-${crypto.randomUUID()}`);
const person = (id: string, name: string, fields: Partial<Member> = {}) =>
  newMember({ id, name, ...fields }, '2026-01-01T00:00:00.000Z');

describe('member repository', () => {
  it('adds a member at the end of the roster as an undoable edit named after them', async () => {
    const d = db();
    await saveMember(d, person('a', '张三'));
    const { batch } = await saveMember(d, person('b', ' 李四 '));
    expect((await listMembers(d)).map((m) => [m.name, m.rosterOrder])).toEqual([
      ['张三', 1],
      ['李四', 2],
    ]);
    expect(batch.kind).toBe('edit');
    expect(batch.label).toBe('添加会员 李四');
    await undoBatch(d, batch.id);
    expect(await getMember(d, 'b')).toBeUndefined();
  });

  it('labels a change to an existing member 「修改会员」', async () => {
    const d = db();
    const { member } = await saveMember(d, person('a', '张三'));
    const { batch } = await saveMember(d, { ...member, phone: '13812345678' });
    expect(batch.label).toBe('修改会员 张三');
    expect((await getMember(d, 'a'))?.phone).toBe('13812345678');
    expect((await getMember(d, 'a'))?.createdAt).toBe(member.createdAt);
  });

  it('stores an old 15-digit ID in 18-digit form and finds it by either form', async () => {
    const d = db();
    await saveMember(d, person('a', '张三', { idNumber: '330102850315123' }));
    const saved = await getMember(d, 'a');
    expect(saved?.idNumber).toHaveLength(18);
    expect((await findByIdNumber(d, '330102850315123'))?.id).toBe('a');
    expect((await findByIdNumber(d, saved!.idNumber!))?.id).toBe('a');
  });

  it('refuses a second member with the same ID number and names the existing one', async () => {
    const d = db();
    await saveMember(d, person('a', '张三', { idNumber: '11010519491231002X' }));
    const err = await saveMember(d, person('b', '张叁', { idNumber: '11010519491231002x' })).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DuplicateIdNumberError);
    expect((err as DuplicateIdNumberError).existingId).toBe('a');
    expect((err as DuplicateIdNumberError).message).toContain('张三');
    expect(await getMember(d, 'b')).toBeUndefined();
  });

  it('adds a new department and union group to the managed lists when a member names them', async () => {
    const d = db();
    await saveMember(d, person('a', '张三', { department: '语文组', unionGroup: '第一小组' }));
    await saveMember(d, person('b', '李四', { department: '语文组' }));
    expect((await listDepartments(d)).map((u) => u.name)).toEqual(['语文组']);
    expect((await listUnionGroups(d)).map((u) => u.name)).toEqual(['第一小组']);
  });

  it('keeps status changes as dated history', async () => {
    const d = db();
    await saveMember(d, person('a', '张三', { joinDate: '2000-09-01' }));
    const { member, batch } = await changeStatus(
      d,
      { id: 'a' },
      { status: '退休', date: '2026-03-01', note: '正常退休' },
    );
    expect(member.status).toBe('退休');
    expect(member.statusHistory).toEqual([
      { status: '在职', date: '2000-09-01' },
      { status: '退休', date: '2026-03-01', note: '正常退休' },
    ]);
    expect(batch.label).toContain('办理退休 张三');
  });

  it('undoes a bulk edit back to exactly the previous rows', async () => {
    const d = db();
    await saveMember(d, person('a', '张三', { unionGroup: '第一小组', department: '语文组' }));
    await saveMember(d, person('b', '李四', { unionGroup: '第二小组' }));
    await saveMember(d, person('c', '王五', { unionGroup: null }));
    const before = await listMembers(d);
    const batch = await bulkChangeGroup(d, ['a', 'b', 'c'], '第三小组');
    expect(batch.kind).toBe('bulk-edit');
    expect((await listMembers(d)).map((m) => m.unionGroup)).toEqual([
      '第三小组',
      '第三小组',
      '第三小组',
    ]);
    await undoBatch(d, batch.id);
    expect(await listMembers(d)).toEqual(before);
    expect((await listUnionGroups(d)).map((u) => u.name)).toEqual(['第一小组', '第二小组']);
  });

  it('moves several members to a department in one batch', async () => {
    const d = db();
    await saveMember(d, person('a', '张三'));
    await saveMember(d, person('b', '李四'));
    const batch = await bulkChangeDepartment(d, ['a', 'b'], '数学组');
    expect(batch.summary['修改']).toBe(2);
    expect((await listMembers(d)).every((m) => m.department === '数学组')).toBe(true);
    expect((await listBatches(d, 'bulk-edit')).map((b) => b.label)).toEqual([
      '批量调整部门：2人调整到“数学组”',
    ]);
  });

  it('retires several members on one date and undoes it', async () => {
    const d = db();
    await saveMember(d, person('a', '张三'));
    await saveMember(d, person('b', '李四'));
    const before = await listMembers(d);
    const batch = await bulkChangeStatus(d, ['a', 'b'], { status: '退休', date: '2026-07-01' });
    expect((await listMembers(d)).map((m) => m.status)).toEqual(['退休', '退休']);
    await undoBatch(d, batch.id);
    expect(await listMembers(d)).toEqual(before);
  });

  it('deletes a member so that undo brings them back', async () => {
    const d = db();
    await saveMember(d, person('a', '张三'));
    const saved = await getMember(d, 'a');
    const batch = await deleteMember(d, 'a');
    expect(await getMember(d, 'a')).toBeUndefined();
    await undoBatch(d, batch.id);
    expect(await getMember(d, 'a')).toEqual(saved);
  });
});
