import { describe, expect, it } from 'vitest';
import { openDb } from '../../../db/db';
import { undoBatch } from '../../../db/batches';
import { getMember, saveMember } from './members';
import {
  addOrgUnit,
  countMembersByOrgUnit,
  deleteOrgUnit,
  DuplicateOrgUnitError,
  listDepartments,
  listUnionGroups,
  renameOrgUnit,
  reorderOrgUnits,
  setGroupLeader,
} from './orgUnits';
import { newMember } from '../rules/member';

const db = () => openDb(`t-${crypto.randomUUID()}`);

describe('departments and union groups', () => {
  it('adds entries in order and refuses a duplicate name', async () => {
    const d = db();
    await addOrgUnit(d, 'departments', '语文组');
    await addOrgUnit(d, 'departments', ' 数学组 ');
    expect((await listDepartments(d)).map((u) => u.name)).toEqual(['语文组', '数学组']);
    await expect(addOrgUnit(d, 'departments', '语文组')).rejects.toBeInstanceOf(
      DuplicateOrgUnitError,
    );
  });

  it('renames a union group on every member in the same undoable batch', async () => {
    const d = db();
    const g = await addOrgUnit(d, 'unionGroups', '第一小组');
    await saveMember(d, newMember({ id: 'a', name: '张三', unionGroup: '第一小组' }));
    await saveMember(d, newMember({ id: 'b', name: '李四', unionGroup: '第二小组' }));
    const batch = await renameOrgUnit(d, 'unionGroups', g.id, '语文小组');
    expect((await getMember(d, 'a'))?.unionGroup).toBe('语文小组');
    expect((await getMember(d, 'b'))?.unionGroup).toBe('第二小组');
    expect(batch.label).toBe('工会小组“第一小组”改名为“语文小组”');
    await undoBatch(d, batch.id);
    expect((await getMember(d, 'a'))?.unionGroup).toBe('第一小组');
    expect((await listUnionGroups(d)).map((u) => u.name)).toContain('第一小组');
  });

  it('refuses to rename onto another entry’s name', async () => {
    const d = db();
    const a = await addOrgUnit(d, 'departments', '语文组');
    await addOrgUnit(d, 'departments', '数学组');
    await expect(renameOrgUnit(d, 'departments', a.id, '数学组')).rejects.toThrow(
      '部门“数学组”已经存在',
    );
  });

  it('clears a removed department from its members', async () => {
    const d = db();
    await saveMember(d, newMember({ id: 'a', name: '张三', department: '语文组' }));
    const [dept] = await listDepartments(d);
    await deleteOrgUnit(d, 'departments', dept!.id);
    expect(await listDepartments(d)).toEqual([]);
    expect((await getMember(d, 'a'))?.department).toBeNull();
  });

  it('reorders the list, sets a group leader and counts members', async () => {
    const d = db();
    const a = await addOrgUnit(d, 'unionGroups', '一组');
    const b = await addOrgUnit(d, 'unionGroups', '二组');
    await reorderOrgUnits(d, 'unionGroups', [b.id, a.id]);
    expect((await listUnionGroups(d)).map((u) => u.name)).toEqual(['二组', '一组']);
    await saveMember(d, newMember({ id: 'm', name: '张三', unionGroup: '一组' }));
    await setGroupLeader(d, a.id, 'm');
    expect((await listUnionGroups(d)).find((u) => u.id === a.id)?.leaderId).toBe('m');
    expect((await countMembersByOrgUnit(d, 'unionGroups')).get('一组')).toBe(1);
  });
});
