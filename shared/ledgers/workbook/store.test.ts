import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { freshDb } from '../../db/testDb';
import { undoBatch } from '../../db/batches';
import { getProfile, saveProfile } from '../../db/settings';
import type { UnionDeskDb } from '../../db/db';
import { idCheckChar } from '../../core/ids/idNumber';
import { loadDemoData } from '../demo';
import { newMember, type Member } from '../roster/rules/member';
import type { Activity, Participant } from '../activities/rules/activity';
import type { LedgerData } from '../types';
import { loadLedgerData } from '../store/ledgerData';
import { workbookLedgerData } from './workbookLedgerData';
import { applyWorkbookImport, exportWorkbook, previewWorkbookImport } from './store';

const NOW = new Date('2026-11-21T08:00:00');
const TODAY = '2026-11-21';

function id18(first17: string): string {
  return first17 + idCheckChar(first17);
}

/** What the 会员 sheet lists of a member, by content. */
function memberContent(m: Member) {
  return {
    name: m.name,
    gender: m.gender,
    idType: m.idType ?? null,
    idNumber: m.idNumber,
    birthDate: m.birthDate,
    ethnicity: m.ethnicity,
    politicalStatus: m.politicalStatus,
    education: m.education,
    title: m.title,
    post: m.post,
    postCategory: m.postCategory ?? null,
    department: m.department,
    unionGroup: m.unionGroup,
    phone: m.phone,
    hireDate: m.hireDate,
    joinDate: m.joinDate,
    isMember: m.isMember ?? null,
    employmentType: m.employmentType,
    status: m.status,
    statusDate: m.statusHistory[m.statusHistory.length - 1]!.date,
    wageBase: m.wageBase,
    hardship: m.flags.hardship ?? null,
    modelWorker: m.flags.modelWorker ?? null,
    notes: m.notes,
  };
}

/** Every listed field of every sheet, by content (ids replaced by what they point at). */
function content(d: LedgerData) {
  const members = new Map(d.tables.members.map((m) => [m.id, m]));
  const kinds = new Map(d.tables.activityKinds.map((k) => [k.id, k.name]));
  const acts = new Map(d.tables.activities.map((a) => [a.id, a]));
  const who = (memberId: string | null) => {
    const m = memberId ? members.get(memberId) : undefined;
    return m ? `${m.name}/${m.idNumber ?? ''}` : null;
  };
  const sort = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
  const act = (a: Activity) => ({
    title: a.title,
    kind: kinds.get(a.kindId),
    host: a.host,
    startDate: a.startDate,
    endDate: a.endDate,
    place: a.place,
    targetGroup: a.targetGroup,
    budget: a.budget,
    actualCost: a.actualCost,
    notes: a.notes,
  });
  const part = (p: Participant) => ({
    activity: `${acts.get(p.activityId)?.title}@${acts.get(p.activityId)?.startDate}`,
    member: who(p.memberId),
    guest: p.memberId === null ? p.guestName : null,
    state: p.state,
    leaveReason: p.leaveReason || null,
    entry: p.entry || null,
    rank: p.result?.rank ?? null,
    award: p.result?.award ?? null,
    prizeCents: p.prizeCents ?? null,
  });
  const p = d.profile;
  return {
    profile: p && {
      unionName: p.unionName,
      unitName: p.unitName,
      termNumber: p.termNumber,
      termStart: p.termStart,
      termEnd: p.termEnd,
      superiorUnion: p.superiorUnion,
      statsYearStartMonth: p.statsYearStartMonth ?? 1,
      unitKind: p.unitKind,
      unionType: p.unionType ?? '基层工会',
      statsCode: p.statsCode ?? '',
    },
    members: sort(d.tables.members.map(memberContent)),
    activities: sort(d.tables.activities.map(act)),
    participants: sort(d.tables.participants.map(part)),
    officers: sort(
      d.tables.officers.map((o) => [
        o.termNumber,
        o.role,
        o.name,
        who(o.memberId),
        o.startDate,
        o.endDate,
      ]),
    ),
    honours: sort(
      d.tables.honours.map((h) => [
        h.year,
        h.kind,
        h.recipient,
        who(h.memberId),
        h.title,
        h.level,
        h.body,
      ]),
    ),
    documents: sort(d.tables.documents.map((x) => [x.number, x.date, x.title])),
  };
}

/** The demo union plus what the demo does not have yet: officers, honours, documents, the new fields. */
async function fullUnion(db: UnionDeskDb) {
  await loadDemoData(db, NOW);
  // Not the defaults (学校, no code): a restore from the workbook must bring them back.
  const profile = (await getProfile(db))!;
  await saveProfile(db, { ...profile, unitKind: '机关', statsCode: 'CG-0042' });
  const ms = await db.members.orderBy('rosterOrder').toArray();
  const [a, b, c] = [ms[0]!, ms[1]!, ms[2]!];
  await db.members.bulkPut([
    { ...a, idType: '居民身份证', isMember: true, postCategory: '校级领导' },
    {
      ...b,
      isMember: false,
      joinDate: null,
      postCategory: '工勤',
      flags: { hardship: true, modelWorker: '市级' },
    },
    { ...c, idType: '港澳居民来往内地通行证', idNumber: 'H12345678', gender: '女' },
  ]);
  await db.officers.bulkAdd([
    {
      id: 'o1',
      termNumber: 3,
      role: '经审委员会主任',
      memberId: a.id,
      name: a.name,
      startDate: '2023-09-01',
      endDate: null,
    },
    {
      id: 'o2',
      termNumber: 3,
      role: '委员',
      memberId: null,
      name: '外聘顾问',
      startDate: '2023-09-01',
      endDate: '2025-07-01',
    },
  ]);
  await db.honours.bulkAdd([
    {
      id: 'h1',
      year: 2026,
      kind: '个人',
      recipient: b.name,
      memberId: b.id,
      title: '优秀工会积极分子',
      level: '市级',
      body: '示例市教育工会',
    },
    {
      id: 'h2',
      year: 2025,
      kind: '集体',
      recipient: '语文组',
      memberId: null,
      title: '模范职工小家',
      level: '校级',
      body: '示例市实验中学工会',
    },
  ]);
  await db.documents.bulkAdd([
    {
      id: 'd1',
      year: 2026,
      seq: 3,
      prefix: '实中工',
      number: '实中工〔2026〕3号',
      title: '关于开展三八节活动的通知',
      date: '2026-03-01',
      activityId: null,
      kind: null,
      templateId: null,
      source: null,
      values: {},
      issuer: null,
      document: null,
      createdAt: '2026-03-01T08:00:00.000Z',
      updatedAt: '2026-03-01T08:00:00.000Z',
    },
    {
      id: 'd2',
      year: 2026,
      seq: 0,
      prefix: '',
      number: '',
      title: '教师节慰问信',
      date: '2026-09-09',
      activityId: null,
      kind: null,
      templateId: null,
      source: null,
      values: {},
      issuer: null,
      document: null,
      createdAt: '2026-03-01T08:00:00.000Z',
      updatedAt: '2026-03-01T08:00:00.000Z',
    },
  ]);
  const act = (await db.activities.toArray())[0]!;
  await db.participants.bulkAdd([
    {
      id: 'p-x1',
      activityId: act.id,
      memberId: a.id,
      state: '出席',
      entry: '硬笔',
      result: { rank: 1, award: '一等奖' },
      prizeCents: 20050,
      order: 900,
    },
    {
      id: 'p-x2',
      activityId: act.id,
      memberId: a.id,
      state: '出席',
      entry: '毛笔',
      result: { award: '优秀奖' },
      order: 901,
    },
    {
      id: 'p-x3',
      activityId: act.id,
      memberId: null,
      guestName: '丁一',
      state: '请假',
      leaveReason: '出差',
      order: 902,
    },
  ]);
}

function sheetsOf(rows: Record<string, unknown[][]>): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, aoa] of Object.entries(rows))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), name);
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

describe('年度台账 export → import', () => {
  it('gives back the same records by content after export, a fresh database and import', async () => {
    const { db: a } = freshDb();
    await fullUnion(a);
    const before = await loadLedgerData(a);
    const file = await exportWorkbook(a, 2026);
    expect(file.fileName).toBe('示例市实验中学工会委员会年度台账2026.xlsx');

    const { db: b } = freshDb();
    const plan = await previewWorkbookImport(b, file.bytes, file.fileName, { today: TODAY });
    expect(plan.sheets.flatMap((s) => s.issues.filter((i) => i.severity === 'error'))).toEqual([]);
    const byName = new Map(plan.sheets.map((s) => [s.name, s.counts]));
    expect(byName.get('会员')!.add).toBe(before.tables.members.length);
    expect(byName.get('活动参加')!.add).toBe(before.tables.participants.length);
    await applyWorkbookImport(b, plan);
    expect(content(await loadLedgerData(b))).toEqual(content(before));
    // Importing the same file again changes nothing.
    const again = await previewWorkbookImport(b, file.bytes, file.fileName, { today: TODAY });
    expect(again.sheets.filter((s) => s.counts.add + s.counts.update > 0)).toEqual([]);
  });

  it('gives the same records without a database, for ledger:report', async () => {
    const { db } = freshDb();
    await fullUnion(db);
    const before = await loadLedgerData(db);
    const file = await exportWorkbook(db, 2026);
    const { data, issues } = workbookLedgerData(file.bytes, file.fileName, { today: TODAY });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(content(data)).toEqual(content(before));
  });

  it('writes ID numbers and phones as text and money as 元 with two decimals, never formulas', async () => {
    const { db } = freshDb();
    await fullUnion(db);
    const data = await loadLedgerData(db);
    data.tables.members = [
      newMember({
        id: 'f',
        name: '=HYPERLINK("x")',
        idNumber: id18('11010519491231002'),
        phone: '13812345678',
      }),
    ];
    const { workbookBytes } = await import('./exportWorkbook');
    const wb = XLSX.read(workbookBytes(data), { type: 'array', cellFormula: true, cellNF: true });
    expect(wb.SheetNames.slice(0, 5)).toEqual(['工会', '会员', '委员', '活动', '活动参加']);
    expect(wb.SheetNames.at(-3)).toBe('表彰');
    expect(wb.SheetNames.at(-2)).toBe('发文');
    expect(wb.SheetNames.at(-1)).toBe('校务公开');
    const ws = wb.Sheets['会员']!;
    expect(ws['A2']).toMatchObject({ t: 's', v: '=HYPERLINK("x")' });
    expect(ws['A2'].f).toBeUndefined();
    expect(ws['D2']).toMatchObject({ t: 's', v: '11010519491231002X' });
    expect(ws['N2']).toMatchObject({ t: 's', v: '13812345678' });
    const parts = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['活动参加']!);
    const prized = parts.find((r) => r['项目'] === '硬笔')!;
    expect(prized['奖品金额']).toBe(200.5);
    expect(wb.Sheets['活动参加']!['!ref']).toBeDefined();
  });
});

describe('导入年度台账 from a hand-typed workbook', () => {
  const ids = [id18('11010519800308002'), id18('11010519850601003'), id18('11010519900101004')];
  const handTyped = () =>
    sheetsOf({
      会员: [
        ['城南小学2026年教职工名册'],
        ['姓 名', '性别', '身份证号码', '部门', '入会时间', '是否会员'],
        ['陈晓梅', '女', ids[0], '语文组', '2008.9.1', '是'],
        ['李强', '男', ids[1], '数学组', '2010.9.1', '是'],
        ['王芳', '女', ids[2], '语文组', '', '否'],
      ],
      活动: [
        ['2026年工会活动登记'],
        ['序号', '活动名称', '活动类别', '日期', '地点', '实际支出'],
        ['1', '三八节趣味运动会', '文体活动', '2026.3.8', '操场', '1200.5'],
        ['2', '读书分享会', '读书活动', '2026.4.23', '图书馆', ''],
      ],
      活动参加: [
        ['活动编号', '姓名', '身份', '状态', '项目', '名次奖项'],
        ['1', '陈晓梅', '会员', '出席', '跳绳', '第1名'],
        ['1', '李强', '', '请假', '', ''],
        ['2', '丁一', '来宾', '出席', '', ''],
      ],
    });

  it('finds headers under a title row, reads synonyms and 2026.3.8 dates, and creates missing kinds', async () => {
    const { db } = freshDb();
    const plan = await previewWorkbookImport(db, handTyped(), '城南小学台账.xlsx', {
      today: TODAY,
    });
    expect(plan.sheets.flatMap((s) => s.issues)).toEqual([]);
    const batch = await applyWorkbookImport(db, plan);
    // 3 members, 2 activities, 3 participants (new departments and kinds come with them)
    expect(batch.summary['新增']).toBe(3 + 2 + 3);
    const members = await db.members.orderBy('rosterOrder').toArray();
    expect(members.map((m) => [m.name, m.joinDate, m.birthDate, m.isMember])).toEqual([
      ['陈晓梅', '2008-09-01', '1980-03-08', true],
      ['李强', '2010-09-01', '1985-06-01', true],
      ['王芳', null, '1990-01-01', false],
    ]);
    const acts = await db.activities.orderBy('startDate').toArray();
    expect(acts.map((a) => [a.title, a.startDate, a.actualCost, a.host])).toEqual([
      ['三八节趣味运动会', '2026-03-08', 1200.5, '本会'],
      ['读书分享会', '2026-04-23', null, '本会'],
    ]);
    const kinds = await db.activityKinds.toArray();
    expect(kinds.find((k) => k.id === acts[1]!.kindId)?.name).toBe('读书活动');
    const parts = await db.participants.toArray();
    expect(parts).toHaveLength(3);
    expect(parts.find((p) => p.entry === '跳绳')?.result).toEqual({ rank: 1 });
    expect(parts.find((p) => p.memberId === null)?.guestName).toBe('丁一');
    expect((await db.departments.toArray()).map((d) => d.name).sort()).toEqual([
      '数学组',
      '语文组',
    ]);
  });

  it('dates no status the day of the import: 在职 since 入会时间 or unknown, 退休 unknown', async () => {
    const { db } = freshDb();
    const book = sheetsOf({
      会员: [
        ['姓名', '身份证号码', '入会时间', '状态'],
        ['陈晓梅', ids[0], '2008.9.1', '在职'],
        ['王芳', ids[2], '', '在职'],
        ['李强', ids[1], '', '退休'],
      ],
    });
    const plan = await previewWorkbookImport(db, book, '台账.xlsx', { today: TODAY });
    await applyWorkbookImport(db, plan);
    const members = await db.members.orderBy('rosterOrder').toArray();
    expect(members.map((m) => [m.name, m.status, m.statusHistory.map((h) => h.date)])).toEqual([
      ['陈晓梅', '在职', ['2008-09-01']],
      ['王芳', '在职', ['']],
      ['李强', '退休', ['']],
    ]);
  });

  it('says which sheet, row and column is wrong, and writes nothing until 导入', async () => {
    const { db } = freshDb();
    await db.members.bulkAdd([
      newMember({ id: 'm1', name: '张伟', department: '语文组' }),
      newMember({ id: 'm2', name: '张伟', department: '数学组' }),
    ]);
    const bytes = sheetsOf({
      活动: [
        ['编号', '活动名称', '开始日期', '主办'],
        ['A', '教职工大会', '2026年13月1日', '本会'],
        ['B', '区工会培训', '2026-05-10', '区里'],
        ['C', '读书会', '2026-05-20', '本会'],
      ],
      活动参加: [
        ['活动编号', '姓名', '身份证号', '状态'],
        ['C', '张伟', '', '出席'],
        ['C', '赵六', '', '出席'],
        ['Z', '张伟', '', '出席'],
        ['C', '张伟', id18('11010519491231002'), '迟到'],
      ],
    });
    const plan = await previewWorkbookImport(db, bytes, '错表.xlsx', { today: TODAY });
    const issues = plan.sheets.flatMap((s) => s.issues);
    const at = (sheet: string, row: number, column: string) =>
      issues
        .filter((i) => i.sheet === sheet && i.row === row && i.column === column)
        .map((i) => i.message);
    expect(at('活动', 2, 'C').join()).toContain('无法识别日期“2026年13月1日”');
    expect(at('活动', 3, 'D').join()).toContain('无法识别主办“区里”');
    expect(at('活动参加', 2, 'B').join()).toContain('有2人叫“张伟”');
    expect(at('活动参加', 3, 'B').join()).toContain('“赵六”不在会员名单中');
    expect(at('活动参加', 4, 'A').join()).toContain('活动编号“Z”在“活动”表中找不到');
    // The preview names the ID number masked, as every list does.
    expect(at('活动参加', 5, 'C').join()).toMatch(/^身份证号“1101\*+002X”不在会员名单中$/);
    expect(at('活动参加', 5, 'D').join()).toContain('无法识别状态“迟到”');
    const acts = plan.sheets.find((s) => s.name === '活动')!.counts;
    expect(acts).toMatchObject({ add: 1, skip: 2, problems: 2 });
    // The chair cancels: nothing was written.
    expect(await db.activities.count()).toBe(0);
    expect(await db.participants.count()).toBe(0);
    expect(await db.batches.count()).toBe(0);
  });

  it('keeps a row whose sum cannot be read out, rather than importing it without the sum', async () => {
    const { db } = freshDb();
    const bytes = sheetsOf({
      活动: [
        ['活动名称', '开始日期', '实际支出'],
        ['读书会', '2026-05-20', '12.345'],
        ['教职工大会', '2026-05-21', '800'],
      ],
    });
    const plan = await previewWorkbookImport(db, bytes, '错表.xlsx', { today: TODAY });
    const sheet = plan.sheets.find((s) => s.name === '活动')!;
    expect(sheet.issues).toMatchObject([
      { row: 2, column: 'C', header: '实际支出', severity: 'error' },
    ]);
    expect(sheet.counts).toMatchObject({ add: 1, skip: 1 });
  });

  it('imports as one batch that 撤销 takes back entirely, and re-importing the same file adds nothing', async () => {
    const { db } = freshDb();
    const bytes = handTyped();
    const batch = await applyWorkbookImport(
      db,
      await previewWorkbookImport(db, bytes, 'x.xlsx', { today: TODAY }),
    );
    const again = await previewWorkbookImport(db, bytes, 'x.xlsx', { today: TODAY });
    expect(again.sheets.map((s) => [s.name, s.counts.add, s.counts.update])).toEqual(
      again.sheets.map((s) => [s.name, 0, 0]),
    );
    await undoBatch(db, batch.id);
    expect(await db.members.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
    expect(await db.participants.count()).toBe(0);
  });
});

describe('工会 sheet: 工会类型', () => {
  it('a federation restored from its workbook is a federation again', async () => {
    const { db: a } = freshDb();
    await loadDemoData(a, NOW);
    await saveProfile(a, { ...(await getProfile(a))!, unionType: '乡镇街道总工会' });
    const file = await exportWorkbook(a, 2026);
    const { db: b } = freshDb();
    await applyWorkbookImport(
      b,
      await previewWorkbookImport(b, file.bytes, file.fileName, { today: TODAY }),
    );
    expect((await getProfile(b))?.unionType).toBe('乡镇街道总工会');
  });
});
