import type { Activity, Participant } from '../../activities/rules/activity';
import { newMember, type Member } from '../../roster/rules/member';
import type { Honour } from '../../union/rules/honours';
import { LEDGER_TABLES, type LedgerRows, type LedgerTable } from '../../tables';
import type { LedgerData } from '../../types';

/*
 * A small union year made by hand (calendar year 2026), for the tests of every figure's
 * definition. Each person and record is there for one case; the expected figures are
 * worked out in the comments.
 */

const NOW = '2026-01-01T00:00:00.000Z';

export function ledgerData(
  rows: Partial<{ [T in LedgerTable]: readonly LedgerRows[T][] }>,
): LedgerData {
  const tables = Object.fromEntries(LEDGER_TABLES.map((t) => [t, rows[t] ?? []]));
  return { profile: null, tables: tables as unknown as LedgerData['tables'] };
}

function member(id: string, name: string, fields: Partial<Member>): Member {
  return newMember({ id, name, ...fields }, NOW);
}

export const SAMPLE_MEMBERS: Member[] = [
  // In service all year.
  member('zhang', '张三', {
    gender: '男',
    joinDate: '2010-09-01',
    statusHistory: [{ status: '在职', date: '2010-09-01' }],
  }),
  // Joined in the period.
  member('li', '李梅', {
    gender: '女',
    joinDate: '2026-03-01',
    statusHistory: [{ status: '在职', date: '2026-03-01' }],
  }),
  // Retired mid-year; 在职 since an unknown date (an empty date is before everything).
  member('wang', '王强', {
    gender: '男',
    statusHistory: [
      { status: '在职', date: '' },
      { status: '退休', date: '2026-06-30' },
    ],
    status: '退休',
  }),
  // Retired years ago: keeps membership (保留会籍).
  member('zhao', '赵敏', {
    gender: '女',
    joinDate: '1990-01-01',
    statusHistory: [
      { status: '在职', date: '1990-01-01' },
      { status: '退休', date: '2020-05-01' },
    ],
    status: '退休',
  }),
  // Non-member staff (劳务派遣 canteen worker): only in staff.inService.
  member('liu', '刘工', {
    gender: '女',
    isMember: false,
    employmentType: '劳务派遣',
    statusHistory: [{ status: '在职', date: '2024-01-01' }],
  }),
  // Transferred out after the period ended: in service at period end.
  member('chen', '陈晨', {
    gender: '女',
    joinDate: '2015-09-01',
    statusHistory: [
      { status: '在职', date: '2015-09-01' },
      { status: '调出', date: '2027-02-01' },
    ],
    status: '调出',
  }),
  // Joined after the period ended: not on the roster at period end.
  member('zhou', '周新', {
    gender: '男',
    joinDate: '2027-03-01',
    statusHistory: [{ status: '在职', date: '2027-03-01' }],
  }),
];

function activity(id: string, title: string, startDate: string, host: Activity['host']): Activity {
  return {
    id,
    kindId: 'kind-wenti',
    title,
    startDate,
    startTime: null,
    endDate: null,
    endTime: null,
    place: '',
    host,
    organiser: '',
    coOrganiser: '',
    targetGroup: '',
    budget: null,
    actualCost: null,
    notes: '',
    year: Number(startDate.slice(0, 4)),
    createdAt: NOW,
    updatedAt: NOW,
  };
}

export const SAMPLE_ACTIVITIES: Activity[] = [
  activity('a-38', '三八节趣味活动', '2026-03-08', '本会'),
  activity('a-shufa', '书法比赛', '2026-05-20', '本会'),
  // Run by the superior union; we only sent 张三: kept, not counted.
  activity('a-district', '区教育工会演讲比赛', '2026-07-01', '上级'),
  // Outside the calendar year 2026 (but inside an October–September 2026 statistics year).
  activity('a-newyear', '元旦联欢会', '2025-12-30', '本会'),
  activity('a-2027', '2027年春季运动会', '2027-01-05', '本会'),
];

let order = 0;
function row(
  activityId: string,
  memberId: string | null,
  state: Participant['state'],
  extra: Partial<Participant> = {},
): Participant {
  order += 1;
  return {
    id: `${activityId}#${order}`,
    activityId,
    memberId,
    state,
    order,
    ...extra,
  };
}

export const SAMPLE_PARTICIPANTS: Participant[] = [
  // 三八: eligible 3, attended 1, leave 1, absent 1, guests 1.
  row('a-38', 'li', '出席'),
  row('a-38', 'chen', '请假', { leaveReason: '病假' }),
  row('a-38', 'zhang', '缺席'),
  row('a-38', null, '出席', { guestName: '丁一', guestUnit: '区教育工会' }),
  // 书法: 张三 has two entries (counted once); entries 3, prizes 1; 王强 retired since.
  row('a-shufa', 'zhang', '出席', {
    entry: '硬笔',
    result: { award: '一等奖' },
    prizeCents: 20000,
  }),
  row('a-shufa', 'zhang', '出席', { entry: '毛笔' }),
  row('a-shufa', 'li', '出席', { entry: '硬笔' }),
  row('a-shufa', 'wang', '出席'),
  row('a-district', 'zhang', '出席'),
  row('a-newyear', 'zhang', '出席'),
  row('a-2027', 'zhang', '出席'),
];

export const SAMPLE_HONOURS: Honour[] = [
  // Only the year known: counts in the period ending in 2026.
  {
    id: 'h-1',
    year: 2026,
    kind: '个人',
    recipient: '张三',
    memberId: 'zhang',
    title: '优秀工会积极分子',
    level: '县区级',
    body: '区教育工会',
  },
  {
    id: 'h-2',
    year: 2026,
    kind: '集体',
    recipient: '语文组',
    memberId: null,
    title: '模范职工小家',
    level: '市级',
    body: '市总工会',
    date: '2026-12-01',
  },
  {
    id: 'h-3',
    year: 2025,
    kind: '个人',
    recipient: '李梅',
    memberId: 'li',
    title: '师德标兵',
    level: '校级',
    body: '校工会',
  },
  // Dated after the period: the date wins over the year.
  {
    id: 'h-4',
    year: 2026,
    kind: '个人',
    recipient: '赵敏',
    memberId: 'zhao',
    title: '优秀退休教师',
    level: '县区级',
    body: '区教育局',
    date: '2027-01-10',
  },
];

export const SAMPLE_YEAR: LedgerData = ledgerData({
  members: SAMPLE_MEMBERS,
  activities: SAMPLE_ACTIVITIES,
  participants: SAMPLE_PARTICIPANTS,
  honours: SAMPLE_HONOURS,
});

export const YEAR_2026 = { from: '2026-01-01', to: '2026-12-31' };
