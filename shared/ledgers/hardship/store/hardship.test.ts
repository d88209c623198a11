import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../db/testDb';
import { undoBatch } from '../../../db/batches';
import type { UnionDeskDb } from '../../../db/db';
import { newMember } from '../../roster/rules/member';
import { emptyAssistanceDraft, emptyFileDraft, type HardshipFileDraft } from '../rules/hardship';
import { DEFAULT_HARDSHIP_SETTINGS } from '../rules/settings';
import {
  addAssistance,
  assistanceOfFile,
  createFile,
  deleteAssistance,
  deleteFile,
  filesDueForReview,
  getHardshipSettings,
  HardshipValidationError,
  listFiles,
  saveHardshipSettings,
  updateAssistance,
  updateFile,
} from './hardship';

const STAMP = '2026-01-01T00:00:00Z';

async function db(): Promise<UnionDeskDb> {
  const { db } = freshDb();
  await db.members.bulkAdd([
    newMember(
      {
        id: 'm1',
        name: '李明',
        department: '数学组',
        idNumber: '110101198001011234',
        phone: '13812345678',
        rosterOrder: 1,
      },
      STAMP,
    ),
    newMember({ id: 'm2', name: '王芳', department: '语文组', rosterOrder: 2 }, STAMP),
  ]);
  return db;
}

const draft = (fields: Partial<HardshipFileDraft> = {}): HardshipFileDraft => ({
  ...emptyFileDraft('m1', '李明', '2025-03-20'),
  mainCause: '患重特大疾病',
  household: [
    {
      relation: '本人',
      name: '李明',
      monthlyIncomeCents: 420_000,
      health: '健康',
      occupation: '教师',
    },
    {
      relation: '配偶',
      name: '刘桂芳',
      monthlyIncomeCents: 0,
      health: '尿毒症',
      occupation: '无业',
    },
    { relation: '子女', name: '李晓雨', monthlyIncomeCents: 0, health: '健康', occupation: '大二' },
  ],
  householdSize: 4,
  ...fields,
});

describe('hardship files', () => {
  it('creates a file, flags the member 困难职工, and lists it masked with income per head', async () => {
    const d = await db();
    const { file } = await createFile(d, draft(), STAMP);
    expect((await d.members.get('m1'))!.flags.hardship).toBe(true);
    const [row] = await listFiles(d, '2026-03-01');
    expect(row).toMatchObject({
      name: '李明',
      department: '数学组',
      idMasked: expect.not.stringContaining('198001011234') as unknown,
      income: { perHeadCents: 105_000, basis: 'computed' },
      review: { due: '2026-03-20', state: 'dueSoon' },
    });
    expect(row!.file.id).toBe(file.id);
    expect(row!.phoneMasked).not.toContain('12345678');
  });

  it('refuses a bad draft whole, naming the problem in Chinese, and writes nothing', async () => {
    const d = await db();
    const err = await createFile(d, draft({ mainCause: '' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HardshipValidationError);
    expect((err as Error).message).toBe('困难职工档案不能保存：请选择主要致困原因');
    expect(await d.hardshipFiles.count()).toBe(0);
    expect(await d.batches.count()).toBe(0);
    expect((await d.members.get('m1'))!.flags.hardship).toBeFalsy();
  });

  it('refuses a second open file for the same member, but allows one after 脱困', async () => {
    const d = await db();
    const { file } = await createFile(d, draft(), STAMP);
    await expect(
      createFile(d, draft({ filingDate: '2026-01-05', surveyDate: null })),
    ).rejects.toThrow('李明已有在档的困难职工档案（2025-03-20建档）');
    await updateFile(d, file.id, { ...draft(), status: '脱困', exitDate: '2025-12-31' });
    await createFile(d, draft({ filingDate: '2026-01-05', surveyDate: null }));
    expect(await d.hardshipFiles.count()).toBe(2);
  });

  it('undoes a new file, and the member flag with it', async () => {
    const d = await db();
    const { batch } = await createFile(d, draft(), STAMP);
    await undoBatch(d, batch.id);
    expect(await d.hardshipFiles.count()).toBe(0);
    expect((await d.members.get('m1'))!.flags.hardship).toBeFalsy();
  });

  it('deletes a file with its assistance in one batch, and undo brings both back', async () => {
    const d = await db();
    const { file } = await createFile(d, draft(), STAMP);
    await addAssistance(d, {
      ...emptyAssistanceDraft(file.id, '2026-01-20'),
      amountCents: 100_000,
    });
    await addAssistance(d, { ...emptyAssistanceDraft(file.id, '2026-02-20'), amountCents: 50_000 });
    const batch = await deleteFile(d, file.id);
    expect(batch.label).toBe('删除困难职工档案 李明（含2条帮扶记录）');
    expect(await d.hardshipAssistance.count()).toBe(0);
    await undoBatch(d, batch.id);
    expect(await assistanceOfFile(d, file.id)).toHaveLength(2);
    expect(await d.hardshipFiles.count()).toBe(1);
  });

  it('lists files due for review, overdue first, and not a 脱困 one', async () => {
    const d = await db();
    await createFile(d, draft(), STAMP);
    await createFile(
      d,
      draft({ memberId: 'm2', filingDate: '2025-04-10', surveyDate: null, household: [] }),
      STAMP,
    );
    const due = await filesDueForReview(d, '2026-03-25');
    expect(due.map((r) => [r.name, r.review!.state])).toEqual([
      ['李明', 'overdue'],
      ['王芳', 'dueSoon'],
    ]);
    expect(await filesDueForReview(d, '2026-02-01')).toEqual([]);
  });
});

describe('assistance', () => {
  it('records 金秋助学 with the child, under the file member', async () => {
    const d = await db();
    const { file } = await createFile(d, draft(), STAMP);
    const { record, batch } = await addAssistance(d, {
      ...emptyAssistanceDraft(file.id, '2026-08-25'),
      kind: '金秋助学',
      amountCents: 200_000,
      student: { childName: ' 李晓雨 ', school: '省师范大学', grade: '大二' },
    });
    expect(record).toMatchObject({ memberId: 'm1', student: { childName: '李晓雨' } });
    expect(batch.label).toBe('登记帮扶 李明 金秋助学 2,000.00元');
  });

  it('refuses 金秋助学 without a child, and a record dated before filing', async () => {
    const d = await db();
    const { file } = await createFile(d, draft(), STAMP);
    await expect(
      addAssistance(d, {
        ...emptyAssistanceDraft(file.id, '2026-08-25'),
        kind: '金秋助学',
        amountCents: 1,
      }),
    ).rejects.toThrow('帮扶记录不能保存：金秋助学请填写受助子女姓名');
    await expect(
      addAssistance(d, { ...emptyAssistanceDraft(file.id, '2025-03-19'), amountCents: 1 }),
    ).rejects.toThrow('帮扶日期早于建档日期（2025-03-20）');
    expect(await d.hardshipAssistance.count()).toBe(0);
  });

  it('updates and deletes a record, each undoable', async () => {
    const d = await db();
    const { file } = await createFile(d, draft(), STAMP);
    const { record } = await addAssistance(d, {
      ...emptyAssistanceDraft(file.id, '2026-01-20'),
      amountCents: 100_000,
    });
    const { batch } = await updateAssistance(d, record.id, {
      ...emptyAssistanceDraft(file.id, '2026-01-20'),
      amountCents: 120_000,
    });
    expect((await d.hardshipAssistance.get(record.id))!.amountCents).toBe(120_000);
    await undoBatch(d, batch.id);
    expect((await d.hardshipAssistance.get(record.id))!.amountCents).toBe(100_000);
    const del = await deleteAssistance(d, record.id);
    expect(await d.hardshipAssistance.count()).toBe(0);
    await undoBatch(d, del.id);
    expect(await d.hardshipAssistance.count()).toBe(1);
  });

  it('moves assistance with a file given to another member', async () => {
    const d = await db();
    const { file } = await createFile(d, draft(), STAMP);
    await addAssistance(d, {
      ...emptyAssistanceDraft(file.id, '2026-01-20'),
      amountCents: 100_000,
    });
    await updateFile(d, file.id, draft({ memberId: 'm2' }));
    expect((await assistanceOfFile(d, file.id)).map((a) => a.memberId)).toEqual(['m2']);
  });
});

describe('settings', () => {
  it('reads defaults, saves an edit undoably, and refuses an invalid one', async () => {
    const d = await db();
    expect(await getHardshipSettings(d)).toEqual(DEFAULT_HARDSHIP_SETTINGS);
    const next = structuredClone(DEFAULT_HARDSHIP_SETTINGS);
    next.minLivingStandardCents = { value: 95_000, source: '某市民发〔2026〕1号' };
    const batch = await saveHardshipSettings(d, next);
    expect((await getHardshipSettings(d)).minLivingStandardCents.value).toBe(95_000);
    await undoBatch(d, batch.id);
    expect((await getHardshipSettings(d)).minLivingStandardCents.value).toBe(90_000);
    next.exitMonths.value = 0;
    await expect(saveHardshipSettings(d, next)).rejects.toThrow('帮扶标准不能保存：脱困');
  });
});
