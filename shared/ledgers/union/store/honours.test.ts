import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../db/testDb';
import { listBatches, undoBatch } from '../../../db/batches';
import { newMember } from '../../roster/rules/member';
import type { HonourDraft } from '../rules/honours';
import {
  addHonour,
  deleteHonour,
  honoursOfMember,
  listHonourYears,
  listHonours,
  updateHonour,
} from './honours';

async function db() {
  const { db } = freshDb();
  await db.members.add(newMember({ id: 'm1', name: '王芳', rosterOrder: 1 }, STAMP));
  return db;
}
const STAMP = '2026-01-01T00:00:00Z';

const draft = (fields: Partial<HonourDraft> = {}): HonourDraft => ({
  year: 2026,
  kind: '个人',
  recipient: '王芳',
  memberId: 'm1',
  title: '优秀工会积极分子',
  level: '市级',
  body: '示例市教育工会',
  date: null,
  ...fields,
});

describe('honours repository', () => {
  it('adds an honour as an undoable batch named 「添加表彰 王芳 优秀工会积极分子」', async () => {
    const d = await db();
    const batch = await addHonour(d, draft(), 2026);
    expect(batch.label).toBe('添加表彰 王芳 优秀工会积极分子');
    expect(await honoursOfMember(d, 'm1')).toHaveLength(1);
    await undoBatch(d, batch.id);
    expect(await d.honours.count()).toBe(0);
  });

  it('refuses an honour without a title and writes nothing', async () => {
    const d = await db();
    await expect(addHonour(d, draft({ title: ' ' }), 2026)).rejects.toThrow(
      '请填写荣誉称号，例如“优秀工会积极分子”',
    );
    expect(await d.honours.count()).toBe(0);
    expect(await listBatches(d)).toEqual([]);
  });

  it('lists by year with the years for the filter', async () => {
    const d = await db();
    await addHonour(d, draft({ year: 2025 }), 2026);
    await addHonour(d, draft({ kind: '集体', recipient: '语文组', title: '巾帼文明岗' }), 2026);
    await addHonour(d, draft(), 2026);
    expect(await listHonours(d, 2026)).toHaveLength(2);
    expect(await listHonours(d, null)).toHaveLength(3);
    expect(await listHonourYears(d, 2026)).toEqual([2026, 2025]);
    const collective = (await listHonours(d, 2026)).find((h) => h.kind === '集体');
    expect(collective?.memberId).toBeNull();
  });

  it('keeps the recipient’s name when the linked member is not on the roster', async () => {
    const d = await db();
    await addHonour(d, draft({ memberId: 'gone', recipient: '赵敏' }), 2026);
    expect(await listHonours(d, 2026)).toMatchObject([{ memberId: null, recipient: '赵敏' }]);
  });

  it('updates and deletes, each undoable', async () => {
    const d = await db();
    await addHonour(d, draft(), 2026);
    const [h] = await listHonours(d, 2026);
    await updateHonour(d, h!.id, draft({ title: '优秀工会工作者' }), 2026);
    expect((await listHonours(d, 2026))[0]?.title).toBe('优秀工会工作者');
    const del = await deleteHonour(d, h!.id);
    expect(del.label).toBe('删除表彰 王芳 优秀工会工作者');
    await undoBatch(d, del.id);
    expect(await d.honours.count()).toBe(1);
  });
});
