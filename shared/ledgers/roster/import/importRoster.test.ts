import { describe, expect, it } from 'vitest';
import type { ImportedRow } from './types';
import { newMember, type Member } from '../rules/member';
import { freshDb } from '../../../db/testDb';
import { undoBatch } from '../../../db/batches';
import {
  changesFor,
  keepFields,
  membersMissingFromFile,
  planImport,
  planImportStepwise,
} from './plan';
import { applyImport, WRITE_AHEAD, WRITE_CHUNK, WRITE_CHUNK_MAX, WRITE_CHUNK_MIN } from './apply';
import { changeStatus } from '../store/members';
import { retirees } from '../rules/rosterLists';
import { statusOn } from '../rules/membership';

const at = '2026-01-01T00:00:00.000Z';

function row(n: number, fields: Partial<ImportedRow>): ImportedRow {
  return {
    sheet: 'Sheet1',
    row: n,
    name: null,
    gender: null,
    idNumber: null,
    birthDate: null,
    ethnicity: null,
    politicalStatus: null,
    education: null,
    title: null,
    post: null,
    department: null,
    unionGroup: null,
    phone: null,
    hireDate: null,
    joinDate: null,
    employmentType: null,
    status: null,
    notes: null,
    wageBase: null,
    idType: null,
    isMember: null,
    postCategory: null,
    typed: {
      idType: null,
      idNumber: null,
      birthDate: null,
      gender: null,
      phone: null,
      joinDate: null,
      isMember: null,
    },
    raw: {},
    hasError: false,
    ...fields,
  };
}

const kept: Member[] = [
  newMember(
    {
      id: 'm1',
      name: '张三',
      idNumber: '110101198503150012',
      birthDate: '1985-03-15',
      department: '语文组',
      phone: '13800000001',
    },
    at,
  ),
  newMember({ id: 'm2', name: '李四', birthDate: '1990-07-01', department: '数学组' }, at),
  newMember({ id: 'm3', name: '王五', department: '英语组' }, at),
  newMember({ id: 'm4', name: '王五', department: '英语组', birthDate: '1970-01-01' }, at),
  newMember({ id: 'm5', name: '赵六', department: '后勤处' }, at),
];

describe('planImportStepwise', () => {
  it('plans slice by slice exactly what planImport plans at once', () => {
    const rows = [
      row(3, { name: '张三', idNumber: '110101198503150012', phone: '13900000009' }),
      row(4, { name: '李四', birthDate: '1990-07-01', department: '数学组' }),
      row(5, { name: '王五', department: '英语组' }),
      row(6, { name: '孙七', department: '体艺组' }),
      row(7, { name: '周八', hasError: true }),
    ];
    const next = planImportStepwise(rows, kept, 2);
    const steps: (ReturnType<typeof next> | null)[] = [];
    let plan = null;
    while (!plan) steps.push((plan = next()));
    // One step indexes the roster, then three of at most two rows.
    expect(steps.length).toBe(4);
    expect(plan).toEqual(planImport(rows, kept));
    expect(plan.map((p) => p.decision.action)).toEqual(['update', 'skip', 'skip', 'add', 'skip']);
  });
});

describe('planImport', () => {
  const rows = [
    row(3, {
      name: '张三',
      idNumber: '110101198503150012',
      department: '语文组',
      phone: '13900000009',
    }),
    row(4, { name: '李四', birthDate: '1990-07-01', department: '数学组' }),
    row(5, { name: '王五', department: '英语组' }),
    row(6, { name: '孙七', department: '体艺组' }),
    row(7, { name: '周八', hasError: true }),
  ];
  const plan = planImport(rows, kept);

  it('matches by ID number first and updates only what the file changes', () => {
    expect(plan[0]!.match).toEqual({ kind: 'match', memberId: 'm1', by: 'idNumber' });
    expect(plan[0]!.decision).toEqual({ action: 'update', memberId: 'm1' });
  });

  it('matches by name and birth date, and skips a row identical to the kept member', () => {
    expect(plan[1]!.match).toEqual({ kind: 'match', memberId: 'm2', by: 'nameBirth' });
    expect(plan[1]!.decision).toEqual({ action: 'skip', reason: '与现有记录相同' });
  });

  it('leaves two members with the same name and department for the user to decide', () => {
    expect(plan[2]!.match).toEqual({
      kind: 'ambiguous',
      candidates: ['m3', 'm4'],
      by: 'nameDepartment',
    });
    expect(plan[2]!.decision.action).toBe('skip');
  });

  it('adds a new person and skips a row with errors', () => {
    expect(plan[3]!.decision).toEqual({ action: 'add' });
    expect(plan[4]!.decision.action).toBe('skip');
  });

  it('shows changes of 证件类型, 岗位类别 and 是否会员, and leaves them alone when the file is silent', () => {
    const member = kept[4]!;
    expect(
      changesFor(
        row(8, {
          name: '赵六',
          department: '后勤处',
          idType: '护照',
          postCategory: '工勤',
          isMember: false,
        }),
        member,
      ),
    ).toEqual([
      { field: 'idType', from: '居民身份证', to: '护照' },
      { field: 'postCategory', from: null, to: '工勤' },
      { field: 'isMember', from: true, to: false },
    ]);
    expect(changesFor(row(8, { name: '赵六', department: '后勤处' }), member)).toEqual([]);
  });

  it('lists in-service members the file does not contain', () => {
    expect(membersMissingFromFile(plan, kept).map((m) => m.id)).toEqual(['m5']);
  });
});

describe('keeping some fields as they are (issue 8 item 9)', () => {
  const rows = [
    row(2, {
      name: '张三',
      idNumber: '110101198503150012',
      department: '数学组',
      phone: '13900000009',
    }),
    row(3, { name: '赵六', department: '后勤处', phone: '13700000007' }),
  ];
  const byId = new Map(kept.map((m) => [m.id, m]));

  it('只更新手机号: the department change is left out of the write', async () => {
    const plan = keepFields(planImport(rows, kept), rows, byId, new Set(['department']));
    expect(plan[0]!.decision).toEqual({ action: 'update', memberId: 'm1', fields: ['phone'] });
    const { db } = freshDb();
    await db.members.bulkAdd(kept);
    await applyImport(db, rows, plan, {
      fileName: 'x.xlsx',
      today: '2026-12-01',
      problemRows: 0,
      missing: { action: 'keep' },
    });
    const m1 = (await db.members.get('m1'))!;
    expect([m1.department, m1.phone]).toEqual(['语文组', '13900000009']);
  });

  it('全部不更新: with every changed field kept, the rows are skipped', () => {
    const all = new Set(['department', 'phone'] as const);
    const plan = keepFields(planImport(rows, kept), rows, byId, all);
    expect(plan.map((p) => p.decision.action)).toEqual(['skip', 'skip']);
  });
});

describe('a row with no usable ID whose name is in the roster (issue 8 item 3)', () => {
  const weidong = newMember(
    { id: 'w1', name: '卫东', idNumber: '110101198503150012', department: '语文组' },
    at,
  );
  const roster = [weidong, kept[4]!];

  it('goes to 待确认 instead of being added, and 卫东 is not listed as missing from the file', () => {
    // His ID cell held #VALUE! (read as blank, an error), and he moved to another department.
    const plan = planImport(
      [row(2, { name: '卫东', department: '数学组', hasError: true })],
      roster,
    );
    expect(plan[0]!.match).toEqual({ kind: 'ambiguous', candidates: ['w1'], by: 'nameOnly' });
    expect(plan[0]!.decision.action).not.toBe('add');
    expect(membersMissingFromFile(plan, roster).map((m) => m.name)).toEqual(['赵六']);
  });

  it('goes to 待确认 too when the ID was emptied by 修正 (no error left)', () => {
    const plan = planImport([row(2, { name: '卫东', department: '数学组' })], roster);
    expect(plan[0]!.match.kind).toBe('ambiguous');
    expect(plan[0]!.decision).toEqual({ action: 'skip', reason: '花名册里有同名会员，请确认' });
  });

  it('a namesake with another valid ID is another person: added', () => {
    const plan = planImport(
      [row(2, { name: '卫东', idNumber: '11010519491231002X', department: '数学组' })],
      roster,
    );
    expect(plan[0]!.decision).toEqual({ action: 'add' });
  });

  it('a row with an ID whose namesake in the roster has none may be them: 待确认', () => {
    const plan = planImport(
      [row(2, { name: '赵六', idNumber: '11010519491231002X', department: '总务处' })],
      roster,
    );
    expect(plan[0]!.match).toEqual({ kind: 'ambiguous', candidates: ['m5'], by: 'nameOnly' });
  });
});

describe('applyImport', () => {
  it('writes adds, updates and 调出 in one batch that undo restores exactly', async () => {
    const { db } = freshDb();
    await db.members.bulkPut(kept);
    const before = await db.members.toArray();
    const rows = [
      row(3, {
        name: '张三',
        idNumber: '110101198503150012',
        phone: '13900000009',
        status: '退休',
      }),
      row(4, { name: '孙七', department: '体艺组', unionGroup: '体艺小组', gender: '女' }),
    ];
    const plan = planImport(rows, kept);
    let n = 0;
    const batch = await applyImport(db, rows, plan, {
      fileName: '花名册.xlsx',
      missing: { action: 'transfer', date: '2026-09-01', memberIds: ['m5'] },
      today: '2026-11-21',
      problemRows: 0,
      newId: () => `new-${++n}`,
    });
    expect(batch.summary).toEqual({ 新增: 1, 更新: 1, 标记调出: 1, 问题: 0 });

    const zhang = (await db.members.get('m1'))!;
    expect(zhang.phone).toBe('13900000009');
    expect(zhang.department).toBe('语文组');
    expect(zhang.status).toBe('退休');
    expect(zhang.statusHistory.at(-1)).toEqual({
      status: '退休',
      date: '2026-11-21',
      note: '导入花名册',
    });
    const sun = (await db.members.filter((m) => m.name === '孙七').first())!;
    expect(sun.gender).toBe('女');
    expect((await db.departments.toArray()).map((d) => d.name)).toContain('体艺组');
    expect((await db.members.get('m5'))!.status).toBe('调出');

    await undoBatch(db, batch.id);
    expect(await db.members.toArray()).toEqual(before);
    expect(await db.departments.count()).toBe(0);
  });

  it('adds non-member staff as non-members, and everyone else as members', async () => {
    const { db } = freshDb();
    const rows = [
      row(3, { name: '周阿姨', department: '后勤处', isMember: false, postCategory: '工勤' }),
      row(4, { name: '陈红', idType: '港澳居民来往内地通行证', idNumber: 'H12345678' }),
      row(5, { name: '孙七' }),
    ];
    let n = 0;
    await applyImport(db, rows, planImport(rows, []), {
      fileName: '花名册.xlsx',
      missing: { action: 'keep' },
      today: '2026-11-21',
      problemRows: 0,
      newId: () => `new-${++n}`,
    });
    const added = await db.members.orderBy('rosterOrder').toArray();
    expect(added.map((m) => [m.name, m.isMember, m.idType, m.postCategory])).toEqual([
      ['周阿姨', false, '居民身份证', '工勤'],
      ['陈红', true, '港澳居民来往内地通行证', null],
      ['孙七', true, '居民身份证', null],
    ]);
  });

  it('writes nothing when a planned update points at a member deleted meanwhile', async () => {
    const { db } = freshDb();
    await db.members.bulkPut(kept);
    const rows = [
      row(3, { name: '孙七' }),
      row(4, { name: '张三', idNumber: '110101198503150012', phone: '1' }),
    ];
    const plan = planImport(rows, kept);
    await db.members.delete('m1');
    await expect(
      applyImport(db, rows, plan, {
        fileName: 'x.xlsx',
        missing: { action: 'keep' },
        today: '2026-11-21',
        problemRows: 0,
      }),
    ).rejects.toThrow('第 4 行');
    expect(await db.members.count()).toBe(kept.length - 1);
    expect(await db.batches.count()).toBe(0);
  });

  it('reports progress between chunks of a big write, which stays one batch that undo removes', async () => {
    const { db } = freshDb();
    await db.members.bulkPut(kept);
    const n = WRITE_CHUNK * 2 + 7;
    const rows = Array.from({ length: n }, (_, i) =>
      row(i + 3, { name: `新人${i}`, department: `第${i % 3}组` }),
    );
    const seen: [number, number][] = [];
    const batch = await applyImport(db, rows, planImport(rows, kept), {
      fileName: '大名册.xlsx',
      missing: { action: 'keep' },
      today: '2026-11-21',
      problemRows: 0,
      onProgress: (done, total) => seen.push([done, total]),
    });
    // From 0 to all, rising, first after a chunk of WRITE_CHUNK; later chunks are sized
    // by how long one takes, within WRITE_CHUNK_MIN…MAX.
    expect(seen[0]).toEqual([0, n]);
    expect(seen[1]).toEqual([WRITE_CHUNK, n]);
    expect(seen.at(-1)).toEqual([n, n]);
    expect(seen.every(([, total]) => total === n)).toBe(true);
    const steps = seen.slice(1).map(([d], i) => d - seen[i]![0]);
    expect(steps.every((k) => k > 0 && k <= WRITE_CHUNK_MAX)).toBe(true);
    expect(steps.slice(0, -1).every((k) => k >= WRITE_CHUNK_MIN)).toBe(true);
    expect(batch.summary.新增).toBe(n);
    expect(await db.members.count()).toBe(kept.length + n);
    // New members go after the kept ones, in file order.
    const last = await db.members.orderBy('rosterOrder').last();
    expect(last!.name).toBe(`新人${n - 1}`);
    expect(last!.rosterOrder).toBe(Math.max(...kept.map((m) => m.rosterOrder)) + n);
    expect((await db.departments.orderBy('order').toArray()).map((d) => d.name)).toEqual([
      '第0组',
      '第1组',
      '第2组',
    ]);
    await undoBatch(db, batch.id);
    expect(await db.members.count()).toBe(kept.length);
  });

  it('keeps chunks in flight together with updates and 调出 in one batch that undo restores exactly', async () => {
    const { db } = freshDb();
    await db.members.bulkPut(kept);
    const before = await db.members.toArray();
    const n = WRITE_CHUNK * (WRITE_AHEAD + 2) + 7;
    const rows = [
      row(2, { name: '张三', idNumber: '110101198503150012', phone: '13900000009' }),
      ...Array.from({ length: n }, (_, i) => row(i + 3, { name: `新人${i}` })),
    ];
    const seen: number[] = [];
    const batch = await applyImport(db, rows, planImport(rows, kept), {
      fileName: '大名册.xlsx',
      missing: { action: 'transfer', date: '2026-09-01', memberIds: ['m5'] },
      today: '2026-11-21',
      problemRows: 0,
      onProgress: (done) => seen.push(done),
    });
    expect(batch.summary).toMatchObject({ 新增: n, 更新: 1, 标记调出: 1 });
    expect(seen.at(-1)).toBe(n + 2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await db.members.count()).toBe(kept.length + n);
    expect((await db.members.get('m1'))!.phone).toBe('13900000009');
    expect((await db.members.get('m5'))!.status).toBe('调出');
    // New members keep the file's order.
    const added = await db.members.orderBy('rosterOrder').offset(kept.length).toArray();
    expect(added.map((m) => m.name)).toEqual(rows.slice(1).map((r) => r.name));
    expect(await db.batches.count()).toBe(1);
    await undoBatch(db, batch.id);
    expect(await db.members.toArray()).toEqual(before);
  });

  it('writes nothing when a chunk still in flight fails in the database', async () => {
    const { db } = freshDb();
    await db.members.bulkPut(kept);
    const n = WRITE_CHUNK * (WRITE_AHEAD + 2);
    const rows = Array.from({ length: n }, (_, i) => row(i + 3, { name: `新人${i}` }));
    let k = 0;
    // The second chunk holds a key the roster already has: the database refuses it while
    // later chunks are being built and issued.
    const clash = WRITE_CHUNK + 3;
    await expect(
      applyImport(db, rows, planImport(rows, kept), {
        fileName: 'x.xlsx',
        missing: { action: 'keep' },
        today: '2026-11-21',
        problemRows: 0,
        newId: () => (k++ === clash ? 'm1' : `new-${k}`),
      }),
    ).rejects.toThrow();
    expect(await db.members.toArray()).toEqual(kept);
    expect(await db.changes.count()).toBe(0);
    expect(await db.batches.count()).toBe(0);
  });

  it('writes nothing when a row in a later chunk fails', async () => {
    const { db } = freshDb();
    const rows = Array.from({ length: WRITE_CHUNK + 10 }, (_, i) =>
      row(i + 3, { name: i === WRITE_CHUNK + 5 ? null : `新人${i}` }),
    );
    const plan = rows.map((_, index) => ({
      index,
      match: { kind: 'new' as const },
      decision: { action: 'add' as const },
    }));
    await expect(
      applyImport(db, rows, plan, {
        fileName: 'x.xlsx',
        missing: { action: 'keep' },
        today: '2026-11-21',
        problemRows: 0,
      }),
    ).rejects.toThrow(`第 ${WRITE_CHUNK + 8} 行`);
    expect(await db.members.count()).toBe(0);
    expect(await db.changes.count()).toBe(0);
    expect(await db.batches.count()).toBe(0);
  });
});

describe('status dates of imported members', () => {
  const opts = (today: string) => ({
    fileName: '花名册.xlsx',
    missing: { action: 'keep' } as const,
    today,
    problemRows: 0,
  });

  it('retires a member imported without 入会时间 on a date before the import', async () => {
    const { db } = freshDb();
    const rows = [row(3, { name: '卫东', department: '语文组' })];
    await applyImport(db, rows, planImport(rows, []), { ...opts('2026-12-01'), newId: () => 'w' });
    const imported = (await db.members.get('w'))!;
    expect(imported.statusHistory).toEqual([{ status: '在职', date: '', note: '导入花名册' }]);

    const { member } = await changeStatus(db, { id: 'w' }, { status: '退休', date: '2026-11-30' });
    expect(member.status).toBe('退休');
    expect(statusOn(member, '2026-12-01')).toBe('退休');
    expect(retirees(await db.members.toArray()).map((m) => m.name)).toEqual(['卫东']);
  });

  it('dates the first entry 入会时间, else 参加工作时间', async () => {
    const { db } = freshDb();
    const rows = [
      row(3, { name: '甲', joinDate: '2001-09-01', hireDate: '2000-08-01' }),
      row(4, { name: '乙', hireDate: '2000-08-01' }),
    ];
    let n = 0;
    await applyImport(db, rows, planImport(rows, []), {
      ...opts('2026-12-01'),
      newId: () => `n${++n}`,
    });
    expect((await db.members.get('n1'))!.statusHistory[0]!.date).toBe('2001-09-01');
    expect((await db.members.get('n2'))!.statusHistory[0]!.date).toBe('2000-08-01');
  });

  it('gives a person read as 退休 an unknown retirement date, not the import day', async () => {
    const { db } = freshDb();
    const rows = [row(3, { name: '老王', birthDate: '1958-03-01', status: '退休' })];
    await applyImport(db, rows, planImport(rows, []), { ...opts('2026-12-01'), newId: () => 'r' });
    const m = (await db.members.get('r'))!;
    expect(m.status).toBe('退休');
    expect(m.statusHistory).toEqual([{ status: '退休', date: '', note: '导入花名册' }]);
  });

  it('gives a member added by hand without dates an unknown first date', () => {
    expect(newMember({ id: 'x', name: '甲' }, '2026-12-01T08:00:00.000Z').statusHistory).toEqual([
      { status: '在职', date: '' },
    ]);
  });
});
