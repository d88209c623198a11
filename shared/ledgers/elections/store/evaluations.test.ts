import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../db/testDb';
import { listBatches, undoBatch } from '../../../db/batches';
import { summarizeEvaluation } from '../rules/evaluation';
import {
  deleteEvaluation,
  getEvaluation,
  keyEvaluationSheet,
  listEvaluations,
  saveEvaluation,
} from './evaluations';

const draft = {
  title: '2026年度工会委员会委员民主测评',
  date: '2026-12-20',
  raters: '全体会员',
  items: ['德', '能', '勤'],
  people: [
    { name: '王丽华', memberId: null, post: '工会主席' },
    { name: '邓静', memberId: null, post: '副主席' },
  ],
};

describe('the evaluations store', () => {
  it('keys sheets per person, numbered, and summarizes them', async () => {
    const { db } = freshDb();
    const e = await saveEvaluation(db, draft);
    const [p1] = e.people;
    await keyEvaluationSheet(db, e.id, {
      personKey: p1!.key,
      ratings: ['好', '好', '较好'],
      overall: '优秀',
    });
    const s2 = await keyEvaluationSheet(db, e.id, {
      personKey: p1!.key,
      ratings: ['一般', null, '差'],
      overall: '称职',
    });
    expect(s2.number).toBe(2);
    await keyEvaluationSheet(
      db,
      e.id,
      { personKey: p1!.key, ratings: ['好', '好', '好'], overall: '优秀' },
      s2.id,
    );
    const view = (await getEvaluation(db, e.id))!;
    const [sum] = summarizeEvaluation(view.evaluation, view.sheets);
    expect(sum!.sheets).toBe(2);
    expect(sum!.overall.counts['优秀']).toBe(2);
    expect((await listEvaluations(db))[0]!.sheetCount).toBe(2);
  });

  it('refuses a sheet with the wrong number of ratings, and items changed after keying', async () => {
    const { db } = freshDb();
    const e = await saveEvaluation(db, draft);
    const key = e.people[0]!.key;
    await expect(
      keyEvaluationSheet(db, e.id, { personKey: key, ratings: ['好'], overall: null }),
    ).rejects.toThrow('测评表应有 3 项评价，录入了 1 项');
    await keyEvaluationSheet(db, e.id, {
      personKey: key,
      ratings: ['好', '好', '好'],
      overall: null,
    });
    await expect(saveEvaluation(db, { ...draft, items: ['德', '能'] }, e.id)).rejects.toThrow(
      '测评项目不能再改',
    );
    await expect(
      saveEvaluation(db, { ...draft, people: draft.people.slice(1) }, e.id),
    ).rejects.toThrow('王丽华已有录入的测评表');
    await expect(saveEvaluation(db, { ...draft, title: ' ' })).rejects.toThrow('请填写测评名称');
  });

  it('deletes an evaluation with its sheets in one undoable batch', async () => {
    const { db } = freshDb();
    const e = await saveEvaluation(db, draft);
    await keyEvaluationSheet(db, e.id, {
      personKey: e.people[0]!.key,
      ratings: [null, null, null],
      overall: '称职',
    });
    await deleteEvaluation(db, e.id);
    expect(await db.evaluationSheets.count()).toBe(0);
    const [b] = await listBatches(db);
    await undoBatch(db, b!.id);
    expect(await db.evaluationSheets.count()).toBe(1);
    expect(await db.evaluations.count()).toBe(1);
  });
});
