import { describe, expect, it } from 'vitest';
import { BatchConflictError, listBatches, undoBatch, writeBatch } from './batches';
import { freshDb } from './testDb';
import { newMember } from '../ledgers/roster/rules/member';

const at = '2026-03-01T08:00:00.000Z';

describe('writeBatch and undoBatch', () => {
  it('restores the exact previous state of every row a batch added, changed or deleted', async () => {
    const { db } = freshDb();
    const zhang = newMember({ id: 'm1', name: '张三', department: '语文组' }, at);
    const li = newMember({ id: 'm2', name: '李四', department: '数学组' }, at);
    await db.members.bulkPut([zhang, li]);
    const before = await db.members.toArray();

    const { batch } = await writeBatch(
      db,
      { kind: 'bulk-edit', label: '调整部门' },
      ['members'],
      async (w) => {
        await w.put('members', { ...zhang, department: '英语组' });
        await w.delete('members', 'm2');
        await w.put('members', newMember({ id: 'm3', name: '王五' }, at));
        w.count('更新');
      },
    );
    expect(batch.changeCount).toBe(3);
    expect(batch.summary).toEqual({ 更新: 1 });
    expect(await db.members.count()).toBe(2);

    await undoBatch(db, batch.id);
    expect(await db.members.toArray()).toEqual(before);
    expect((await db.batches.get(batch.id))?.undoneAt).not.toBeNull();
  });

  it('ends a row changed twice in one batch at its state before the batch', async () => {
    const { db } = freshDb();
    await db.members.put(newMember({ id: 'm1', name: '张三', unionGroup: '一组' }, at));
    const original = await db.members.get('m1');
    const { batch } = await writeBatch(
      db,
      { kind: 'edit', label: '两次修改' },
      ['members'],
      async (w) => {
        await w.put('members', { ...original!, unionGroup: '二组' });
        await w.put('members', { ...original!, unionGroup: '三组' });
      },
    );
    await undoBatch(db, batch.id);
    expect(await db.members.get('m1')).toEqual(original);
  });

  it('hands back what the batch function returned beside the batch it logged', async () => {
    const { db } = freshDb();
    const { batch, result } = await writeBatch(
      db,
      { kind: 'edit', label: '添加会员 张三' },
      ['members'],
      async (w) => {
        const member = newMember({ id: 'm1', name: '张三' }, at);
        await w.put('members', member);
        return { saved: member.name, rows: 1 };
      },
    );
    expect(result).toEqual({ saved: '张三', rows: 1 });
    expect(batch.label).toBe('添加会员 张三');
    expect((await listBatches(db)).map((b) => b.id)).toEqual([batch.id]);
  });

  it('writes nothing at all when the batch fails part-way', async () => {
    const { db } = freshDb();
    await expect(
      writeBatch(db, { kind: 'import', label: '导入' }, ['members'], async (w) => {
        await w.put('members', newMember({ id: 'm1', name: '张三' }, at));
        throw new Error('第 3 行出错');
      }),
    ).rejects.toThrow('第 3 行出错');
    expect(await db.members.count()).toBe(0);
    expect(await db.changes.count()).toBe(0);
    expect(await db.batches.count()).toBe(0);
  });

  it('refuses to undo over later edits unless forced', async () => {
    const { db } = freshDb();
    const { batch } = await writeBatch(db, { kind: 'import', label: '导入' }, ['members'], (w) =>
      w.put('members', newMember({ id: 'm1', name: '张三' }, at)),
    );
    await writeBatch(db, { kind: 'edit', label: '修改' }, ['members'], async (w) =>
      w.put('members', { ...(await db.members.get('m1'))!, phone: '13800000000' }),
    );
    await expect(undoBatch(db, batch.id)).rejects.toBeInstanceOf(BatchConflictError);
    expect(await db.members.count()).toBe(1);
    await undoBatch(db, batch.id, { force: true });
    expect(await db.members.count()).toBe(0);
  });

  it('refuses to undo the same batch twice', async () => {
    const { db } = freshDb();
    const { batch } = await writeBatch(db, { kind: 'edit', label: '新增' }, ['members'], (w) =>
      w.put('members', newMember({ id: 'm1', name: '张三' }, at)),
    );
    await undoBatch(db, batch.id);
    await expect(undoBatch(db, batch.id)).rejects.toThrow('撤销过');
  });

  it('lists batches newest first', async () => {
    const { db } = freshDb();
    const { batch: a } = await writeBatch(db, { kind: 'edit', label: 'A' }, ['settings'], (w) =>
      w.put('settings', { key: 'a', value: 1 }),
    );
    await new Promise((r) => setTimeout(r, 5));
    const { batch: b } = await writeBatch(db, { kind: 'edit', label: 'B' }, ['settings'], (w) =>
      w.put('settings', { key: 'b', value: 2 }),
    );
    expect((await listBatches(db)).map((x) => x.id)).toEqual([b.id, a.id]);
  });
});

describe('BatchWriter.bulkAdd', () => {
  it('adds new rows undoably and refuses, writing nothing, a key that already exists', async () => {
    const { db } = freshDb();
    await db.members.put(newMember({ id: 'm1', name: '张三' }, at));
    const { batch } = await writeBatch(db, { kind: 'import', label: '导入' }, ['members'], (w) =>
      w.bulkAdd('members', [
        newMember({ id: 'm2', name: '李四' }, at),
        newMember({ id: 'm3', name: '王五' }, at),
      ]),
    );
    expect(await db.members.count()).toBe(3);
    await undoBatch(db, batch.id);
    expect((await db.members.toArray()).map((m) => m.id)).toEqual(['m1']);

    await expect(
      writeBatch(db, { kind: 'import', label: '导入' }, ['members'], (w) =>
        w.bulkAdd('members', [
          newMember({ id: 'm4', name: '赵六' }, at),
          newMember({ id: 'm1', name: '重复' }, at),
        ]),
      ),
    ).rejects.toThrow();
    expect((await db.members.toArray()).map((m) => m.id)).toEqual(['m1']);
  });

  it('notices an added row edited after the batch before undoing it', async () => {
    const { db } = freshDb();
    const { batch } = await writeBatch(db, { kind: 'import', label: '导入' }, ['members'], (w) =>
      w.bulkAdd('members', [
        newMember({ id: 'm1', name: '张三' }, at),
        newMember({ id: 'm2', name: '李四' }, at),
      ]),
    );
    await db.members.update('m2', { phone: '13800000000' });
    await expect(undoBatch(db, batch.id)).rejects.toBeInstanceOf(BatchConflictError);
    expect(await db.members.count()).toBe(2);
  });
});
