import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../db/testDb';
import { undoBatch } from '../../../db/batches';
import type { AffiliatedUnion } from '../rules/rows';
import { emptyAffiliatedDraft } from '../rules/affiliated';
import { rollUp } from '../rollup/rollup';
import { peopleInSeveralUnions } from '../rollup/duplicates';
import { figureCatalog, importPackages, packagesOfYear, registerSender } from './store';
import { unionWorkbook, type TestUnion } from './testUnions';

const A: TestUnion = {
  name: '城南小学工会委员会',
  statsCode: 'CN-1',
  members: 30,
  nonMembers: 10,
  seed: 0,
  incomeFen: [10001],
};
const B: TestUnion = {
  name: '城北中学工会委员会',
  statsCode: 'CB-2',
  members: 20,
  seed: 25,
  incomeFen: [2099],
};
const C: TestUnion = {
  name: '东风机械厂工会',
  members: 5,
  nonMembers: 5,
  seed: 500,
  unitKind: '企业',
};

function affiliated(id: string, name: string, code: string): AffiliatedUnion {
  return { ...emptyAffiliatedDraft(), id, name, code, kind: '单独建会（学校）' };
}

const file = (f: { fileName: string; bytes: Uint8Array }, name = f.fileName) => ({
  name,
  read: () => f.bytes,
});

async function federation() {
  const { db } = freshDb();
  await db.affiliatedUnions.bulkAdd([
    affiliated('aff-a', '城南小学工会委员会', 'CN-1'),
    affiliated('aff-b', '城北中学工会委员会', 'CB-2'),
    affiliated('aff-d', '西街社区工会', 'XJ-4'),
  ]);
  return db;
}

describe('collecting packages', () => {
  it('imports three unions at once, lists a damaged file with its reason, and rolls them up', async () => {
    const db = await federation();
    const [a, b, c] = await Promise.all([unionWorkbook(A), unionWorkbook(B), unionWorkbook(C)]);
    const damaged = { name: '坏文件.xlsx', read: () => a.bytes.subarray(0, 3000) };
    const progress: number[] = [];
    const result = await importPackages(db, [file(a), damaged, file(b), file(c)], {
      year: 2026,
      onProgress: (done) => progress.push(done),
    });
    expect(result.add.map((p) => p.unionName)).toEqual([A.name, B.name, C.name]);
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0]!.fileName).toBe('坏文件.xlsx');
    expect(result.refused[0]!.reason).toContain('损坏');
    expect(result.unknown).toEqual(['东风机械厂工会']);
    expect(progress).toEqual([0, 1, 2, 3, 4]);

    const stored = await packagesOfYear(db, 2026);
    expect(stored).toHaveLength(3);
    const r = rollUp(2026, stored, await db.affiliatedUnions.toArray(), figureCatalog());
    expect(r.values['unions.count']).toBe(3);
    expect(r.values['members.total']).toBe(55);
    expect(r.values['staff.inService']).toBe(70);
    // 55 ÷ 70, not the mean of 0.75, 1 and 0.5.
    expect(r.values['membership.rate']).toBe(0.7857);
    expect(r.values['funds.income']).toBe('121.00');
    expect(r.values['funds.incomeByCategory']).toEqual({ 会费收入: '121.00' });
    const members = r.figures.find((f) => f.key === 'members.total')!;
    expect(members.parts.map((p) => [p.unionName, p.value])).toEqual([
      [A.name, 30],
      [B.name, 20],
      [C.name, 5],
    ]);
    // 西街社区工会 sent nothing; 东风 is not registered.
    expect(r.unions.map((u) => [u.name, u.sent, u.registered])).toEqual([
      [A.name, true, true],
      [B.name, true, true],
      ['西街社区工会', false, true],
      [C.name, true, false],
    ]);
    expect(r.missingCount).toBe(1);

    // A and B share people 25–39 (15 of them, members or not): listed by union, never by ID.
    expect(peopleInSeveralUnions(stored)).toEqual([
      {
        unions: [B.name, A.name].sort((x, y) => x.localeCompare(y, 'zh-CN')),
        packageIds: expect.any(Array),
        count: 15,
      },
    ]);

    // The registered senders' 职工/会员/女会员 are now their 上报数; undo puts the typed ones back.
    const a2 = (await db.affiliatedUnions.get('aff-a'))!;
    const aPkg = stored.find((p) => p.affiliatedUnionId === 'aff-a')!;
    expect([a2.staff, a2.members]).toEqual([A.members + (A.nonMembers ?? 0), A.members]);
    expect(a2.women).toBe(aPkg.figures['members.womenInService']);
    expect((await db.affiliatedUnions.get('aff-d'))!.members).toBe(0); // sent nothing

    await undoBatch(db, result.batch!.id);
    expect(await packagesOfYear(db, 2026)).toHaveLength(0);
    expect((await db.affiliatedUnions.get('aff-a'))!.members).toBe(0);
  });

  it('leaves the counts alone for a package of an earlier year than one already received', async () => {
    const db = await federation();
    const a = await unionWorkbook(A);
    await importPackages(db, [file(a)], { year: 2026 });
    await db.affiliatedUnions.update('aff-a', { members: 7 });
    // As if the 2027 package had come first: a 2026 package now arrives late.
    await db.unionPackages.where('affiliatedUnionId').equals('aff-a').modify({ year: 2027 });
    const late = await importPackages(db, [file(await unionWorkbook(A))], { year: 2026 });
    expect(late.add).toHaveLength(1);
    expect((await db.affiliatedUnions.get('aff-a'))!.members).toBe(7);
  });

  it('replaces a package by a newer one from the same union and refuses an older one', async () => {
    const db = await federation();
    const first = await unionWorkbook(A, new Date('2026-11-20T09:00:00Z'));
    await importPackages(db, [file(first, '第一次.xlsx')], { year: 2026 });
    // The union adds two members and sends again.
    const { exportWorkbook } = await import('../../workbook/store');
    const { newMember } = await import('../../roster/rules/member');
    await first.db.members.bulkAdd([
      newMember({ id: 'x1', name: '新人一', joinDate: '2026-05-01' }),
      newMember({ id: 'x2', name: '新人二', joinDate: '2026-05-01' }),
    ]);
    const newer = await exportWorkbook(first.db, 2026, new Date('2026-11-28T09:00:00Z'));
    const older = await exportWorkbook(first.db, 2026, new Date('2026-11-10T09:00:00Z'));
    const again = await importPackages(
      db,
      [
        { name: '第二次.xlsx', read: () => newer.bytes },
        { name: '更早.xlsx', read: () => older.bytes },
      ],
      { year: 2026 },
    );
    expect(again.replace).toHaveLength(1);
    expect(again.refused).toEqual([
      { fileName: '更早.xlsx', reason: expect.stringContaining('比已收取的台账包旧') },
    ]);
    const stored = await packagesOfYear(db, 2026);
    expect(stored.map((p) => [p.fileName, p.figures['members.total']])).toEqual([
      ['第二次.xlsx', 32],
    ]);

    const same = await importPackages(db, [{ name: '再一次.xlsx', read: () => newer.bytes }], {
      year: 2026,
    });
    expect(same.refused[0]!.reason).toBe('与已收取的“第二次.xlsx”是同一个文件');
    expect(same.batch).toBeNull();
  });

  it('refuses a workbook edited after export with 文件在导出后被修改过', async () => {
    const db = await federation();
    const a = await unionWorkbook(A);
    const XLSX = await import('xlsx');
    const wb = XLSX.read(a.bytes, { type: 'array' });
    wb.Sheets['会员']!['A3'] = { t: 's', v: '冒名' };
    const edited = new Uint8Array(
      XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const r = await importPackages(db, [{ name: '改过.xlsx', read: () => edited }], { year: 2026 });
    expect(r.refused[0]!.reason).toContain('文件在导出后被修改过');
    expect(await packagesOfYear(db, 2026)).toHaveLength(0);
  });

  it('registers an unknown sender as an affiliated union and links its package', async () => {
    const db = await federation();
    const c = await unionWorkbook(C);
    await importPackages(db, [file(c)], { year: 2026 });
    const [pkg] = await packagesOfYear(db, 2026);
    expect(pkg!.affiliatedUnionId).toBe('');
    await registerSender(db, pkg!);
    const [linked] = await packagesOfYear(db, 2026);
    const union = (await db.affiliatedUnions.toArray()).find((u) => u.name === C.name)!;
    expect(linked!.affiliatedUnionId).toBe(union.id);
    expect(union.members).toBe(5);
    // 组建形式 from the sender's own 所属类型, and the note says so.
    expect(union.kind).toBe('单独建会（企业）');
    expect(union.note).toContain('所属类型（企业）');
  });

  it('registers a school as 单独建会（学校）, from the 所属类型 in its package', async () => {
    const db = await federation();
    const school = await unionWorkbook({
      name: '城南小学工会',
      members: 3,
      seed: 700,
      unitKind: '学校',
    });
    await importPackages(db, [file(school)], { year: 2026 });
    const [pkg] = await packagesOfYear(db, 2026);
    expect(pkg!.unitKind).toBe('学校');
    await registerSender(db, pkg!);
    const union = (await db.affiliatedUnions.toArray()).find((u) => u.name === '城南小学工会')!;
    expect(union.kind).toBe('单独建会（学校）');
  });
});
