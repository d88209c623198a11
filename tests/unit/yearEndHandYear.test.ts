/**
 * A whole union year made by hand (issue 14 item 6): six people and a record or two in every
 * ledger, each there for one case. Every expected figure below is worked out by hand in the
 * comments from the rows in this file — not computed by the code under test — and the
 * 工作总结's numbers are checked in the .docx's XML.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Activity, Participant } from '../../shared/ledgers/activities/rules/activity';
import type {
  CareVisit,
  Distribution,
  DistributionRecipient,
} from '../../shared/ledgers/care/rules/records';
import type { CongressSession, Representative } from '../../shared/ledgers/congress/rules/congress';
import type { Proposal, Suggestion } from '../../shared/ledgers/congress/rules/proposal';
import type {
  Ballot,
  Candidate,
  Election,
  Mark,
} from '../../shared/ledgers/elections/rules/election';
import { DEFAULT_ELECTION_RULES } from '../../shared/ledgers/elections/rules/settings';
import type { DuesPayment, DuesRoll, FundEntry } from '../../shared/ledgers/funds/rules/rows';
import {
  emptyAssistanceDraft,
  emptyFileDraft,
  type HardshipAssistance,
  type HardshipFile,
} from '../../shared/ledgers/hardship/rules/hardship';
import { newMember, type Member } from '../../shared/ledgers/roster/rules/member';
import type { Officer } from '../../shared/ledgers/union/rules/committee';
import type { Honour } from '../../shared/ledgers/union/rules/honours';
import { emptyProfile } from '../../shared/ledgers/union/rules/profile';
import {
  buildSummaryDraft,
  computeReport,
  summaryToDocx,
  yearPack,
} from '../../shared/ledgers/yearEnd';
import { ledgerData } from '../../shared/ledgers/yearEnd/rules/sampleYear';

const T = '2026-01-01T00:00:00.000Z';
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

// ── 会员: five members and one non-member ─────────────────────────────────────────────
const member = (id: string, name: string, f: Partial<Member>) =>
  newMember({ id, name, rosterOrder: Number(id.slice(1)), ...f }, T);
const members: Member[] = [
  member('m1', '张三', {
    gender: '男',
    idNumber: '330102198001011234',
    phone: '13912345678',
    joinDate: '2010-09-01',
    unionGroup: '一组',
    statusHistory: [{ status: '在职', date: '2010-09-01' }],
  }),
  // new member this year
  member('m2', '李梅', {
    gender: '女',
    joinDate: '2026-03-01',
    unionGroup: '一组',
    statusHistory: [{ status: '在职', date: '2026-03-01' }],
  }),
  // retired on 30 June: retired at the year's end, and retiredInPeriod
  member('m3', '王强', {
    gender: '男',
    joinDate: '1995-09-01',
    status: '退休',
    statusHistory: [
      { status: '在职', date: '1995-09-01' },
      { status: '退休', date: '2026-06-30' },
    ],
  }),
  // retired years ago: keeps membership
  member('m4', '赵敏', {
    gender: '女',
    joinDate: '1990-01-01',
    status: '退休',
    statusHistory: [
      { status: '在职', date: '1990-01-01' },
      { status: '退休', date: '2020-05-01' },
    ],
  }),
  // staff, not a member: counts in staff.inService only
  member('m5', '刘工', {
    gender: '女',
    isMember: false,
    employmentType: '劳务派遣',
    statusHistory: [{ status: '在职', date: '2024-01-01' }],
  }),
  member('m6', '陈静', {
    gender: '女',
    joinDate: '2015-09-01',
    unionGroup: '二组',
    postCategory: '专任教师',
    statusHistory: [{ status: '在职', date: '2015-09-01' }],
  }),
];

// ── 委员 and 表彰 ───────────────────────────────────────────────────────────────────────
const officers: Officer[] = [
  {
    id: 'o1',
    termNumber: 3,
    role: '主席',
    memberId: 'm1',
    name: '张三',
    startDate: '2023-09-01',
    endDate: null,
  },
];
const honours: Honour[] = [
  {
    id: 'h1',
    year: 2026,
    kind: '个人',
    recipient: '张三',
    memberId: 'm1',
    title: '优秀工会积极分子',
    level: '县区级',
    body: '区教育工会',
  },
  // last year's: not counted
  {
    id: 'h0',
    year: 2025,
    kind: '集体',
    recipient: '语文组',
    memberId: null,
    title: '模范职工小家',
    level: '市级',
    body: '市总工会',
  },
];

// ── 活动 ────────────────────────────────────────────────────────────────────────────────
const activity = (id: string, title: string, startDate: string, host: Activity['host']) =>
  ({
    id,
    kindId: 'k',
    title,
    startDate,
    startTime: null,
    endDate: null,
    endTime: null,
    place: '操场',
    host,
    organiser: '',
    coOrganiser: '',
    targetGroup: '',
    budget: null,
    actualCost: null,
    notes: '',
    year: 2026,
    createdAt: T,
    updatedAt: T,
  }) satisfies Activity;
const activities = [
  activity('a1', '三八节趣味活动', '2026-03-08', '本会'),
  activity('a2', '秋季运动会', '2026-10-10', '本会'),
  // the superior union's: we only sent 张三; not counted
  activity('a3', '区演讲比赛', '2026-07-01', '上级'),
];
let order = 0;
const p = (
  activityId: string,
  memberId: string | null,
  state: Participant['state'],
  extra: Partial<Participant> = {},
): Participant => ({ id: `p${++order}`, activityId, memberId, state, order, ...extra });
const participants: Participant[] = [
  p('a1', 'm2', '出席'),
  p('a1', 'm6', '出席'),
  p('a1', 'm1', '请假', { leaveReason: '出差' }),
  p('a1', null, '出席', { guestName: '丁一', guestUnit: '区教育工会' }),
  // 张三 with two entries: counts once
  p('a2', 'm1', '出席', { entry: '跳绳' }),
  p('a2', 'm1', '出席', { entry: '拔河' }),
  p('a2', 'm6', '出席'),
  // retired by October: in personTimes, not in reachedInService
  p('a2', 'm3', '出席'),
  p('a2', 'm2', '缺席'),
  p('a3', 'm1', '出席'),
];

// ── 慰问 and 福利发放 ───────────────────────────────────────────────────────────────────
const visit = (id: string, over: Partial<CareVisit>): CareVisit => ({
  id,
  date: '2026-03-01',
  year: 2026,
  reason: '其他',
  festival: null,
  surgery: false,
  visitees: [],
  memberIds: [],
  visitors: [],
  fundSource: '工会经费',
  place: '',
  voucherNo: '',
  notes: '',
  stayId: null,
  campaignId: null,
  createdAt: T,
  updatedAt: T,
  ...over,
});
const careVisits: CareVisit[] = [
  visit('v1', {
    date: '2026-01-20',
    reason: '节日',
    festival: '春节',
    memberIds: ['m4'],
    visitees: [
      {
        memberId: 'm4',
        relation: '本人',
        name: '赵敏',
        cashCents: 0,
        goods: '大米',
        goodsCents: 30000,
      },
    ],
    visitors: [{ memberId: 'm1', name: '张三' }],
  }),
  visit('v2', {
    date: '2026-05-10',
    reason: '生病住院',
    memberIds: ['m6'],
    visitees: [
      {
        memberId: 'm6',
        relation: '本人',
        name: '陈静',
        cashCents: 50000,
        goods: '',
        goodsCents: 0,
      },
    ],
    visitors: [
      { memberId: 'm1', name: '张三' },
      { memberId: 'm2', name: '李梅' },
    ],
  }),
  // a family member's visit benefits the member 张三
  visit('v3', {
    date: '2026-08-01',
    reason: '直系亲属去世',
    fundSource: '上级帮扶资金',
    memberIds: ['m1'],
    visitees: [
      {
        memberId: 'm1',
        relation: '父母',
        name: '张父',
        cashCents: 100000,
        goods: '',
        goodsCents: 0,
      },
    ],
    visitors: [{ memberId: 'm6', name: '陈静' }],
  }),
];
const distributions: Distribution[] = [
  {
    id: 'd1',
    date: '2026-09-20',
    year: 2026,
    occasion: '中秋节',
    festival: '中秋',
    item: '月饼',
    quantity: '1盒',
    valueCents: 20000,
    fundSource: '工会经费',
    rule: null,
    campaignId: null,
    handler: '张三',
    notes: '',
    createdAt: T,
    updatedAt: T,
  },
];
const rec = (memberId: string, name: string, receipt: DistributionRecipient['receipt']) =>
  ({
    id: `d1:${memberId}`,
    distributionId: 'd1',
    memberId,
    name,
    department: '',
    unionGroup: '',
    order: 0,
    receipt,
    proxyName: receipt === '代领' ? '张三' : null,
    signedOn: receipt === '补签' ? '2026-09-25' : null,
  }) satisfies DistributionRecipient;
const distributionRecipients = [
  rec('m1', '张三', '本人'),
  rec('m2', '李梅', '未签'),
  rec('m6', '陈静', '代领'),
  rec('m3', '王强', '补签'),
];

// ── 困难职工 ─────────────────────────────────────────────────────────────────────────────
const hardshipFiles: HardshipFile[] = [
  {
    ...emptyFileDraft('m6', '陈静', '2026-04-01'),
    id: 'f1',
    mainCause: '患重特大疾病',
    createdAt: T,
    updatedAt: T,
  },
  // out of hardship before the year: not open at the year's end
  {
    ...emptyFileDraft('m1', '张三', '2024-03-01'),
    id: 'f0',
    mainCause: '子女上学',
    status: '脱困',
    exitDate: '2025-12-01',
    createdAt: T,
    updatedAt: T,
  },
];
const hardshipAssistance: HardshipAssistance[] = [
  {
    ...emptyAssistanceDraft('f1', '2026-04-15'),
    id: 'ha1',
    memberId: 'm6',
    amountCents: 100000,
    createdAt: T,
    updatedAt: T,
  },
  {
    ...emptyAssistanceDraft('f1', '2026-09-01'),
    id: 'ha2',
    memberId: 'm6',
    kind: '金秋助学',
    source: '上级帮扶',
    amountCents: 300000,
    createdAt: T,
    updatedAt: T,
  },
];

// ── 会费 and 经费 ───────────────────────────────────────────────────────────────────────
// Bases 4567 and 3985 yuan: 4560 × 0.5% = 22.80, 3980 × 0.5% = 19.90 (LEDGERS.md §4).
const roll = (month: string): DuesRoll => ({
  id: `r-${month}`,
  month,
  rateBp: 50,
  unitFen: 1000,
  createdAt: T,
  lines: [
    { memberId: 'm1', baseFen: 456700, dueFen: 2280 },
    { memberId: 'm6', baseFen: 398500, dueFen: 1990 },
  ],
});
const duesRolls = [roll('2025-12'), roll('2026-01'), roll('2026-02')];
const pay = (id: string, memberId: string, month: string, amountFen: number): DuesPayment => ({
  id,
  memberId,
  month,
  amountFen,
  date: `${month}-25`,
  reversesId: null,
  note: '',
});
const duesPayments = [
  pay('dp0', 'm1', '2025-12', 2280),
  pay('dp1', 'm1', '2026-01', 2280),
  pay('dp2', 'm6', '2026-01', 1990),
  pay('dp3', 'm1', '2026-02', 2280),
  // 陈静 has not paid February
];
const entry = (
  id: string,
  date: string,
  direction: FundEntry['direction'],
  category: string,
  amountFen: number,
  approver = '张三',
): FundEntry => ({
  id,
  year: Number(date.slice(0, 4)),
  date,
  voucher: id,
  direction,
  category,
  subCategory: '',
  summary: `${category}${id}`,
  amountFen,
  handler: '李梅',
  checker: '陈静',
  approver,
  link: null,
  createdAt: T,
  updatedAt: T,
});
const fundEntries = [
  entry('e0', '2025-12-31', '收入', '会费收入', 9999),
  entry('e1', '2026-01-31', '收入', '会费收入', 4270),
  entry('e2', '2026-03-01', '收入', '拨缴经费收入', 1000000),
  entry('e3', '2026-05-10', '支出', '职工活动支出', 50000),
  // no 审批人
  entry('e4', '2026-06-18', '支出', '业务支出', 36000, ''),
];
const fundYears = [{ id: 'y2026', year: 2026, openingFen: 500000 }];

// ── 教代会 ──────────────────────────────────────────────────────────────────────────────
const session: CongressSession = {
  id: 's1',
  name: '第三届教职工代表大会第五次会议',
  termNumber: 3,
  sessionNumber: 5,
  date: '2026-03-20',
  year: 2026,
  place: '报告厅',
  agenda: ['审议工作报告'],
  rules: { quorum: '三分之二以上', majorityBase: '全体代表' },
  notes: '',
  createdAt: T,
  updatedAt: T,
};
const rep = (id: string, memberId: string, name: string, category: Representative['category']) =>
  ({
    id,
    termNumber: 3,
    memberId,
    name,
    gender: null,
    delegation: '第一代表团',
    category,
  }) satisfies Representative;
const representatives = [
  rep('r1', 'm1', '张三', '正式代表'),
  rep('r2', 'm2', '李梅', '正式代表'),
  rep('r3', 'm6', '陈静', '正式代表'),
  rep('r4', 'm3', '王强', '列席代表'),
];
const att = (representativeId: string, state: '出席' | '请假') => ({
  id: `s1~${representativeId}`,
  sessionId: 's1',
  representativeId,
  state,
  leaveReason: state === '请假' ? '病假' : '',
});
const congressAttendance = [
  att('r1', '出席'),
  att('r2', '出席'),
  att('r3', '请假'),
  att('r4', '出席'),
];
const proposal = (id: string, n: number, over: Partial<Proposal>): Proposal => ({
  id,
  sessionId: 's1',
  number: n,
  title: `提案${n}`,
  proposer: { name: '张三', memberId: 'm1' },
  proposerMemberId: 'm1',
  coSigners: [
    { name: '李梅', memberId: 'm2' },
    { name: '陈静', memberId: 'm6' },
  ],
  category: '教学管理',
  reasons: '',
  suggestion: '',
  receivedDate: '2026-03-10',
  review: '立案',
  mergedIntoId: null,
  reviewReason: '',
  department: '教务处',
  dueDate: '2026-06-30',
  reply: '',
  replyDate: null,
  implementation: null,
  satisfaction: null,
  createdAt: T,
  updatedAt: T,
  ...over,
});
const proposals = [
  proposal('pr1', 1, {
    reply: '已办',
    replyDate: '2026-05-01',
    implementation: '已落实',
    satisfaction: '满意',
  }),
  proposal('pr2', 2, {
    reply: '在办',
    replyDate: '2026-05-02',
    implementation: '部分落实',
    satisfaction: '不满意',
  }),
  proposal('pr3', 3, { review: '转为意见建议', department: '', dueDate: null }),
  proposal('pr4', 4, {
    review: '不立案',
    reviewReason: '不属于提案范围',
    department: '',
    dueDate: null,
  }),
];
const suggestion = (id: string, date: string, adopted: boolean | null): Suggestion => ({
  id,
  date,
  channel: '意见箱',
  content: id,
  proposer: '张三',
  memberId: 'm1',
  handledBy: '工会',
  adopted,
  reply: '',
  fromProposalId: null,
});
const suggestions = [suggestion('sg1', '2026-05-01', true), suggestion('sg2', '2026-06-01', null)];

// ── 换届选举: 2 seats, 3 candidates, 5 entitled and present ──────────────────────────────
const candidates: Candidate[] = [
  { id: 'c1', electionId: 'el1', order: 1, memberId: 'm1', name: '张三' },
  { id: 'c2', electionId: 'el1', order: 2, memberId: 'm2', name: '李梅' },
  { id: 'c3', electionId: 'el1', order: 3, memberId: 'm6', name: '陈静' },
];
const election: Election = {
  id: 'el1',
  code: '2026-1',
  name: '第四届工会委员会换届选举',
  date: '2026-11-20',
  year: 2026,
  body: '会员大会',
  office: '委员',
  seats: 2,
  termNumber: 4,
  termYears: 5,
  entitled: 5,
  present: 5,
  issued: 5,
  returned: 5,
  chiefScrutineer: '赵敏',
  scrutineers: ['王强'],
  tellers: ['刘工'],
  rules: DEFAULT_ELECTION_RULES,
  rounds: [
    {
      round: 1,
      kind: 'first',
      seats: 2,
      candidateIds: ['c1', 'c2', 'c3'],
      issued: 5,
      returned: 5,
      entry: 'ballots',
      totals: null,
    },
  ],
  countedKeyer: 'A',
  appliedAt: null,
  createdAt: T,
  updatedAt: T,
};
/** Marks in candidate order: + 赞成, - 反对, . 弃权 (blank). */
const ballot = (n: number, marks: string): Ballot => {
  const m: Record<string, Mark> = {};
  [...marks].forEach((ch, i) => {
    if (ch !== '.') m[`c${i + 1}`] = ch === '+' ? 'for' : 'against';
  });
  return {
    id: `b${n}`,
    electionId: 'el1',
    round: 1,
    number: n,
    keyer: 'A',
    marks: m,
    writeIns: [],
    spoiled: null,
    keyedAt: '',
  };
};
const ballots = [
  ballot(1, '+-+'),
  ballot(2, '++-'),
  // three 赞成 for two seats: invalid
  ballot(3, '+++'),
  ballot(4, '-.+'),
  ballot(5, '+-+'),
];

const data = {
  ...ledgerData({
    members,
    officers,
    honours,
    activities,
    participants,
    careVisits,
    distributions,
    distributionRecipients,
    hardshipFiles,
    hardshipAssistance,
    duesRolls,
    duesPayments,
    fundEntries,
    fundYears,
    congressSessions: [session],
    representatives,
    congressAttendance,
    proposals,
    suggestions,
    elections: [election],
    candidates,
    ballots,
  }),
  profile: {
    ...emptyProfile(),
    unionName: '一中工会',
    chairName: '张三',
    termNumber: 3,
    termStart: '2023-09-01',
    termEnd: '2026-11-30',
  },
};

describe('a hand-made year in every ledger', () => {
  const report = computeReport(YEAR, data);
  const f = report.figures;

  it('counts the roster at the year’s end', () => {
    // in service on 31 Dec: 张三 李梅 陈静; retired: 王强 (30 June) 赵敏 (2020)
    expect(f['members.inService']).toBe(3);
    expect(f['members.retired']).toBe(2);
    expect(f['members.total']).toBe(5);
    expect(f['members.joined']).toBe(1); // 李梅, 2026-03-01
    expect(f['members.retiredInPeriod']).toBe(1); // 王强
    expect(f['members.womenInService']).toBe(2); // 李梅 陈静
    expect(f['staff.inService']).toBe(4); // the three members and 刘工 (not a member)
    expect(f['membership.rate']).toBe(0.75); // 3 ÷ 4
  });

  it('counts only the union’s own activities, a member with two entries once, guests apart', () => {
    expect(f['activities.count']).toBe(2); // 三八, 运动会; the 区 event is the superior's
    // 三八: 李梅 陈静 = 2; 运动会: 张三 (twice, once) 陈静 王强 = 3
    expect(f['activities.personTimes']).toBe(5);
    expect(f['activities.personTimesWithGuests']).toBe(6); // + 丁一
    // in service on 31 Dec and attended: 李梅 陈静 张三 (王强 retired)
    expect(f['activities.reachedInService']).toBe(3);
    expect(
      report.activities.map((a) => [a.title, a.eligible, a.attended, a.leave, a.absent, a.guests]),
    ).toEqual([
      ['三八节趣味活动', 3, 2, 1, 0, 1],
      ['秋季运动会', 4, 3, 0, 1, 0],
    ]);
  });

  it('counts care visits, a family member’s for the member, and the money by source', () => {
    expect(f['care.visits']).toBe(3);
    expect(f['care.visiteeTimes']).toBe(3);
    expect(f['care.visitorTimes']).toBe(4); // 1 + 2 + 1
    expect(f['care.beneficiaries']).toBe(3); // 赵敏 陈静 张三 (his father's visit)
    expect(f['care.cash']).toBe('1500.00'); // 500 + 1000
    expect(f['care.goods']).toBe('300.00');
    expect(f['care.total']).toBe('1800.00');
    expect(f['care.fromUnionFunds']).toBe('800.00'); // 300 + 500
    expect(f['care.fromSuperior']).toBe('1000.00');
    // 300 festival, 500 hospital, 1000 a relative's death: within every profile's caps
    expect(f['care.capWarnings']).toBe(0);
  });

  it('counts the distribution’s recipients, money and the one unsigned', () => {
    expect(f['distributions.recipients']).toBe(4);
    expect(f['distributions.total']).toBe('800.00'); // 4 × 200
    expect(f['distributions.unsigned']).toBe(1); // 李梅; 代领 and 补签 are signed
  });

  it('counts the open hardship file and its assistance', () => {
    expect(f['hardship.openFiles']).toBe(1); // 陈静; 张三's closed in 2025
    expect(f['hardship.assistanceCount']).toBe(2);
    expect(f['hardship.assistanceTotal']).toBe('4000.00'); // 1000 + 3000
  });

  it('counts dues over the year’s months with a roll, and the fund account', () => {
    expect(f['dues.due']).toBe('85.40'); // 2 months × (22.80 + 19.90)
    expect(f['dues.paid']).toBe('65.50'); // 22.80 + 19.90 + 22.80
    expect(f['dues.outstanding']).toBe('19.90'); // 陈静's February
    expect(f['dues.memberMonths']).toBe(4);
    expect(f['funds.income']).toBe('10042.70'); // 42.70 + 10000.00 (the 2025 entry is out)
    expect(f['funds.expense']).toBe('860.00'); // 500 + 360
    expect(f['funds.closingBalance']).toBe('14182.70'); // 5000 + 10042.70 − 860
    expect(f['funds.incomeByCategory']).toEqual({ 会费收入: '42.70', 拨缴经费收入: '10000.00' });
    expect(f['funds.expenseByCategory']).toEqual({ 职工活动支出: '500.00', 业务支出: '360.00' });
    expect(f['funds.unapproved']).toBe(1); // e4
  });

  it('counts the proposals by review, implementation and satisfaction, and suggestions', () => {
    expect(f['proposals.received']).toBe(4);
    expect(f['proposals.accepted']).toBe(2);
    expect(f['proposals.toSuggestion']).toBe(1);
    expect(f['proposals.rejected']).toBe(1);
    expect(f['proposals.implemented']).toBe(1); // pr1 已落实 (pr2 部分落实)
    expect(f['proposals.satisfied']).toBe(1); // pr1 满意 (pr2 不满意)
    expect(f['suggestions.count']).toBe(2);
    expect(f['suggestions.adopted']).toBe(1);
    expect(f['honours.count']).toBe(1); // h1; h0 is 2025's
  });

  it('reports the congress session and the election', () => {
    // 3 voting representatives (王强 列席), 2 present, 1 on leave; 三分之二以上 of 3 = 2
    expect(report.congress).toEqual([
      expect.objectContaining({
        name: '第三届教职工代表大会第五次会议',
        representatives: 3,
        present: 2,
        leave: 1,
        quorum: 2,
        quorumMet: true,
      }),
    ]);
    // ballot 3 is invalid; over the 4 valid: 张三 +,+,−,+ = 3 for; 李梅 −,+,.,− = 1 for,
    // 2 against, 1 abstain; 陈静 +,−,+,+ = 3 for. 过半数 of 5 entitled = 3.
    const [e] = report.elections;
    expect(e).toMatchObject({
      entitled: 5,
      present: 5,
      issued: 5,
      returned: 5,
      valid: 4,
      invalid: 1,
      threshold: 3,
    });
    expect(e!.candidates).toEqual([
      { name: '张三', for: 3, against: 1, abstain: 0, elected: true },
      { name: '李梅', for: 1, against: 2, abstain: 1, elected: false },
      { name: '陈静', for: 3, against: 1, abstain: 0, elected: true },
    ]);
  });

  it('writes those numbers into the 工作总结 .docx', async () => {
    const draft = buildSummaryDraft({
      unionName: '一中工会',
      year: 2026,
      report,
      madeOn: '2026-12-31',
    });
    const files = unzipSync(await summaryToDocx(draft));
    const xml = strFromU8(files['word/document.xml']!).replace(/<[^>]+>/g, '');
    for (const s of [
      '本会共有会员5人，其中在职会员3人（女会员2人）、退休会员2人',
      '在职职工4人，入会率75.00%',
      '全年共组织活动2次，参加5人次（含来宾共6人次），在职会员中有3人至少参加一次',
      '全年开展走访慰问3次，慰问3人次',
      '合计1800.00元',
      '全年发放福利1次，4人次，金额800.00元',
      '帮扶金额4000.00元',
      '共收到提案4件，立案2件',
      '全年经费收入10042.70元',
      '年末结余14182.70元',
      '应缴会费85.40元，实缴65.50元，欠缴19.90元',
      '获得各级表彰1项',
    ])
      expect(xml, s).toContain(s);
  });

  it('puts every register of the year in the pack, none empty but the documents', () => {
    const pack = yearPack({ data, period: YEAR, year: 2026, madeOn: '2026-12-31' });
    expect(pack.registers.filter((r) => r.empty).map((r) => r.label)).toEqual(['发文登记簿']);
    const roster = pack.registers[0]!.document;
    expect(roster.kind === 'roster' && roster.model.count).toBe(5);
    expect(pack.cover).toMatchObject({
      title: '一中工会 2026年度工作台账',
      termText: '第三届',
      chairName: '张三',
    });
    // The election's results and the distribution's unsigned line are what the inspector reads.
    const text = (label: string) => {
      const d = pack.registers.find((r) => r.label === label)!.document;
      if (d.kind !== 'table') throw new Error(`${label} is not a table`);
      return d.model.pages.flatMap((pg) =>
        pg.blocks.flatMap((b) =>
          b.entries.map((e) => (e.kind === 'row' ? e.row.cells.flat().join('|') : e.label)),
        ),
      );
    };
    expect(text('换届选举结果')).toEqual([
      '第四届工会委员会换届选举：应到 5 人，实到 5 人，发出 5 张，收回 5 张，有效 4 张，无效 1 张，当选须 3 票',
      '1|张三|3|1|0|60.00%|当选',
      '2|李梅|1|2|1|20.00%|',
      '3|陈静|3|1|0|60.00%|当选',
    ]);
    const summary = pack.registers.find((r) => r.label === '福利发放签领汇总')!.document.model;
    expect('infoLeft' in summary && summary.infoLeft).toBe(
      '合计：发放 1 次，4 人次，800.00 元；本人签收 1，代领 1，补签 1，未签 1',
    );
    expect(text('福利发放签领汇总')).toEqual(['1|2026-09-20|中秋节|月饼|200.00|4|1|1|1|1|800.00']);
  });
});
