import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import {
  compareHonours,
  honourBatchLabel,
  honourYears,
  toHonour,
  validateHonour,
  type Honour,
  type HonourDraft,
} from '../rules/honours';
import { newId } from '../../../core/ids/newId';
import { memberNamesOf } from './memberNames';

/**
 * 表彰 repository. Every change is one undoable batch named after the recipient and the
 * title (「添加表彰 王芳 优秀工会积极分子」).
 */

function refuseInvalid(d: HonourDraft, thisYear: number): void {
  const first = Object.values(validateHonour(d, thisYear))[0];
  if (first) throw new Error(`表彰“${d.title.trim() || '未填称号'}”不能保存：${first}`);
}

/** Honours of one year (every year when null), in list order. */
export async function listHonours(db: UnionDeskDb, year: number | null): Promise<Honour[]> {
  const rows =
    year === null
      ? await db.honours.toArray()
      : await db.honours.where('year').equals(year).toArray();
  return rows.sort(compareHonours);
}

/** Years for the year filter, newest first (this year always among them). */
export async function listHonourYears(db: UnionDeskDb, thisYear: number): Promise<number[]> {
  const years = (await db.honours.orderBy('year').uniqueKeys()) as number[];
  return honourYears(years, thisYear);
}

export async function honoursOfMember(db: UnionDeskDb, memberId: string): Promise<Honour[]> {
  return (await db.honours.where('memberId').equals(memberId).toArray()).sort(compareHonours);
}

export async function addHonour(
  db: UnionDeskDb,
  draft: HonourDraft,
  thisYear: number = new Date().getFullYear(),
): Promise<Batch> {
  refuseInvalid(draft, thisYear);
  const honour = toHonour(draft, newId('hon'), await memberNamesOf(db, [draft.memberId]));
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: honourBatchLabel('添加', honour) },
    ['honours'],
    async (w) => {
      await w.put('honours', honour);
      w.count('新增');
    },
  );
  return batch;
}

export async function updateHonour(
  db: UnionDeskDb,
  id: string,
  draft: HonourDraft,
  thisYear: number = new Date().getFullYear(),
): Promise<Batch> {
  const old = await db.honours.get(id);
  if (!old) throw new Error('找不到这条表彰记录，可能已被删除。');
  refuseInvalid(draft, thisYear);
  const honour: Honour = {
    ...toHonour(draft, id, await memberNamesOf(db, [draft.memberId])),
    ...(old.demo ? { demo: old.demo } : {}),
  };
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: honourBatchLabel('修改', honour) },
    ['honours'],
    async (w) => {
      await w.put('honours', honour);
      w.count('更新');
    },
  );
  return batch;
}

export async function deleteHonour(db: UnionDeskDb, id: string): Promise<Batch> {
  const old = await db.honours.get(id);
  if (!old) throw new Error('找不到这条表彰记录，可能已被删除。');
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: honourBatchLabel('删除', old) },
    ['honours'],
    async (w) => {
      await w.delete('honours', id);
      w.count('删除');
    },
  );
  return batch;
}
