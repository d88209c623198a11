import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { newId } from '../../../core/ids/newId';
import {
  validateEvaluation,
  type Evaluation,
  type EvaluationDraft,
  type EvaluationSheet,
  type ItemGrade,
  type OverallGrade,
} from '../rules/evaluation';
import { yearOfDate } from '../rules/election';

/*
 * 民主评议 repository: an evaluation (items, people rated) and the sheets keyed for it. Every
 * change is one undoable batch; once sheets are keyed the items no longer change (a sheet's
 * ratings are by item position).
 */

export async function listEvaluations(
  db: UnionDeskDb,
): Promise<(Evaluation & { sheetCount: number })[]> {
  const rows = await db.evaluations.toArray();
  const counted = await Promise.all(
    rows.map(async (e) => ({
      ...e,
      sheetCount: await db.evaluationSheets.where('evaluationId').equals(e.id).count(),
    })),
  );
  return counted.sort((a, b) => b.date.localeCompare(a.date));
}

export async function getEvaluation(
  db: UnionDeskDb,
  id: string,
): Promise<{ evaluation: Evaluation; sheets: EvaluationSheet[] } | null> {
  const evaluation = await db.evaluations.get(id);
  if (!evaluation) return null;
  const sheets = await db.evaluationSheets.where('evaluationId').equals(id).toArray();
  sheets.sort((a, b) => a.personKey.localeCompare(b.personKey) || a.number - b.number);
  return { evaluation, sheets };
}

function refuse(d: EvaluationDraft): void {
  const first = Object.values(validateEvaluation(d))[0];
  if (first) throw new Error(`测评“${d.title.trim() || '未命名'}”不能保存：${first}`);
}

/** Saves a new evaluation or a changed one (items fixed once sheets are keyed). */
export async function saveEvaluation(
  db: UnionDeskDb,
  d: EvaluationDraft,
  id?: string | null,
): Promise<Evaluation> {
  refuse(d);
  const old = id ? await db.evaluations.get(id) : undefined;
  if (id && !old) throw new Error('找不到这次测评，可能已被删除或撤销。');
  const items = d.items.map((i) => i.trim()).filter((i) => i);
  const sheets = old
    ? await db.evaluationSheets.where('evaluationId').equals(old.id).toArray()
    : [];
  if (old && sheets.length > 0 && JSON.stringify(items) !== JSON.stringify(old.items))
    throw new Error('已经录入了测评表，测评项目不能再改；如确需修改，请先删除已录入的测评表。');
  const people = d.people.map((p) => {
    const kept = old?.people.find((x) => x.name === p.name.trim());
    return {
      key: kept?.key ?? newId('ep'),
      name: p.name.trim(),
      memberId: p.memberId,
      post: p.post.trim(),
    };
  });
  const gone = old?.people.filter((p) => !people.some((x) => x.key === p.key)) ?? [];
  const orphan = gone.find((p) => sheets.some((s) => s.personKey === p.key));
  if (orphan) throw new Error(`${orphan.name}已有录入的测评表，不能从名单中删除。`);
  const now = new Date().toISOString();
  const evaluation: Evaluation = {
    id: old?.id ?? newId('eval'),
    title: d.title.trim(),
    date: d.date,
    year: yearOfDate(d.date),
    raters: d.raters.trim(),
    items,
    people,
    createdAt: old?.createdAt ?? now,
    updatedAt: now,
    ...(old?.demo ? { demo: old.demo } : {}),
  };
  await writeBatch(
    db,
    { kind: 'edit', label: `${old ? '修改' : '新建'}测评 ${evaluation.title}` },
    ['evaluations'],
    async (w) => {
      await w.put('evaluations', evaluation);
      w.count(old ? '更新' : '新增');
    },
  );
  return evaluation;
}

export async function deleteEvaluation(db: UnionDeskDb, id: string): Promise<Batch> {
  const old = await db.evaluations.get(id);
  if (!old) throw new Error('找不到这次测评，可能已被删除或撤销。');
  const sheets = await db.evaluationSheets.where('evaluationId').equals(id).primaryKeys();
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: `删除测评 ${old.title}` },
    ['evaluations', 'evaluationSheets'],
    async (w) => {
      await w.bulkDelete('evaluationSheets', sheets);
      await w.delete('evaluations', id);
      w.count('删除');
    },
  );
  return batch;
}

export interface SheetDraft {
  personKey: string;
  ratings: (ItemGrade | null)[];
  overall: OverallGrade | null;
}

/** Keys one sheet for a person (numbered after that person's last); or corrects `id`. */
export async function keyEvaluationSheet(
  db: UnionDeskDb,
  evaluationId: string,
  d: SheetDraft,
  id?: string | null,
): Promise<EvaluationSheet> {
  const e = await db.evaluations.get(evaluationId);
  if (!e) throw new Error('找不到这次测评，可能已被删除或撤销。');
  const person = e.people.find((p) => p.key === d.personKey);
  if (!person) throw new Error('被测评人不在这次测评的名单中。');
  if (d.ratings.length !== e.items.length)
    throw new Error(`测评表应有 ${e.items.length} 项评价，录入了 ${d.ratings.length} 项。`);
  const old = id ? await db.evaluationSheets.get(id) : undefined;
  if (id && !old) throw new Error('找不到这张测评表，可能已被删除或撤销。');
  const { result } = await writeBatch(
    db,
    { kind: 'edit', label: `${old ? '改正' : '录入'}测评表 ${person.name}` },
    ['evaluationSheets'],
    async (w) => {
      const mine = await db.evaluationSheets
        .where('evaluationId')
        .equals(evaluationId)
        .filter((s) => s.personKey === d.personKey)
        .toArray();
      const sheet: EvaluationSheet = {
        id: old?.id ?? newId('esh'),
        evaluationId,
        personKey: d.personKey,
        number: old?.number ?? Math.max(0, ...mine.map((s) => s.number)) + 1,
        ratings: [...d.ratings],
        overall: d.overall,
        keyedAt: new Date().toISOString(),
      };
      await w.put('evaluationSheets', sheet);
      w.count(old ? '更新' : '新增');
      return sheet;
    },
  );
  return result;
}

export async function deleteEvaluationSheet(db: UnionDeskDb, id: string): Promise<Batch> {
  const old = await db.evaluationSheets.get(id);
  if (!old) throw new Error('找不到这张测评表，可能已被删除或撤销。');
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: `删除测评表 第${old.number}张` },
    ['evaluationSheets'],
    async (w) => {
      await w.delete('evaluationSheets', id);
      w.count('删除');
    },
  );
  return batch;
}
