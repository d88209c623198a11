import { describe, expect, it } from 'vitest';
import { writeBatch, type BatchConflictError } from '../../shared/db';
import { freshDb } from '../../shared/db';
import { newMember } from '../../shared/ledgers/roster';
import { undoWithConfirm } from './undo';

const at = '2026-03-01T08:00:00.000Z';

async function addedThenEdited() {
  const { db } = freshDb();
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: '添加会员 张三' },
    ['members'],
    (w) => w.put('members', newMember({ id: 'm1', name: '张三' }, at)),
  );
  await db.members.update('m1', { phone: '13800000000' });
  return { db, batch };
}

describe('undoWithConfirm', () => {
  it('undoes a batch nobody changed since without asking', async () => {
    const { db } = freshDb();
    const { batch } = await writeBatch(
      db,
      { kind: 'edit', label: '添加会员 张三' },
      ['members'],
      (w) => w.put('members', newMember({ id: 'm1', name: '张三' }, at)),
    );
    let asked = false;
    const undone = await undoWithConfirm(db, batch, () => {
      asked = true;
      return Promise.resolve(true);
    });
    expect(undone).toBe(true);
    expect(asked).toBe(false);
    expect(await db.members.count()).toBe(0);
  });

  it('asks, saying how many rows changed after the batch, and keeps them when cancelled', async () => {
    const { db, batch } = await addedThenEdited();
    const questions: string[] = [];
    const undone = await undoWithConfirm(db, batch, (conflict: BatchConflictError) => {
      questions.push(conflict.message);
      return Promise.resolve(false);
    });
    expect(undone).toBe(false);
    expect(questions).toEqual(['有 1 条记录在这次操作之后又被修改过，撤销会覆盖这些后来的修改。']);
    expect((await db.members.get('m1'))?.phone).toBe('13800000000');
    expect((await db.batches.get(batch.id))?.undoneAt).toBeNull();
  });

  it('undoes over the later edits when the chair answers 仍然撤销', async () => {
    const { db, batch } = await addedThenEdited();
    expect(await undoWithConfirm(db, batch, () => Promise.resolve(true))).toBe(true);
    expect(await db.members.count()).toBe(0);
  });

  it('resolves false instead of rejecting when the batch was already undone', async () => {
    const { db } = freshDb();
    const { batch } = await writeBatch(db, { kind: 'edit', label: 'A' }, ['settings'], (w) =>
      w.put('settings', { key: 'a', value: 1 }),
    );
    expect(await undoWithConfirm(db, batch)).toBe(true);
    expect(await undoWithConfirm(db, batch)).toBe(false);
  });
});
