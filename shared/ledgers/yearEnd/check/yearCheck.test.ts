import { describe, expect, it } from 'vitest';
import type { CareVisit, Distribution, DistributionRecipient } from '../../care/rules/records';
import type { CongressSession } from '../../congress/rules/congress';
import type { Proposal } from '../../congress/rules/proposal';
import type { DuesPosting, DuesRoll, FundEntry } from '../../funds/rules/rows';
import { newMember, withStatus } from '../../roster/rules/member';
import type { LedgerRows, LedgerTable } from '../../tables';
import type { LedgerData } from '../../types';
import type { Officer } from '../../union/rules/committee';
import type { HardshipFile } from '../../hardship/rules/hardship';
import { emptyProfile, type UnionProfile } from '../../union/rules/profile';
import { ledgerData } from '../rules/sampleYear';
import { emptyAffiliatedDraft } from '../../township/rules/affiliated';
import {
  addMonths,
  affiliatedTermCheck,
  capCheck,
  congressCheck,
  duesChecks,
  expenseCheck,
  festivalCheck,
  hardshipCheck,
  signerCheck,
  idNumberCheck,
  proposalChecks,
  termCheck,
  unsignedCheck,
  yearCheck,
} from './yearCheck';
import { DEFAULT_YEAR_CHECK_RULES, validateYearCheckRules } from '../rules/checkRules';

const T = '2026-01-01T00:00:00Z';
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const TODAY = '2026-12-01';

function data(
  rows: Partial<{ [K in LedgerTable]: LedgerRows[K][] }>,
  profile: Partial<UnionProfile> | null = {},
): LedgerData {
  const d = ledgerData(rows);
  return { ...d, profile: profile && { ...emptyProfile(), ...profile } };
}

const proposal = (id: string, over: Partial<Proposal>): Proposal => ({
  id,
  sessionId: 's',
  number: 1,
  title: `提案${id}`,
  proposer: { memberId: null, name: '甲' },
  proposerMemberId: null,
  coSigners: [],
  category: '',
  reasons: '',
  suggestion: '',
  receivedDate: '2026-03-01',
  review: '立案',
  mergedIntoId: null,
  reviewReason: '',
  department: '',
  dueDate: null,
  reply: '',
  replyDate: null,
  implementation: null,
  satisfaction: null,
  createdAt: T,
  updatedAt: T,
  ...over,
});

const expense = (id: string, over: Partial<FundEntry>): FundEntry =>
  ({
    id,
    date: '2026-04-01',
    year: 2026,
    voucher: id,
    direction: '支出',
    category: '其他支出',
    summary: '办公用品',
    amountFen: 12000,
    handler: '甲',
    checker: '乙',
    approver: '丙',
    link: null,
    createdAt: T,
    updatedAt: T,
    ...over,
  }) as FundEntry;

const session = (date: string): CongressSession => ({
  id: `s-${date}`,
  name: '第三届教职工代表大会第五次会议',
  termNumber: 3,
  sessionNumber: 5,
  date,
  year: Number(date.slice(0, 4)),
  place: '',
  agenda: [],
  rules: {} as CongressSession['rules'],
  notes: '',
  createdAt: T,
  updatedAt: T,
});

describe('termCheck', () => {
  it('flags a term ending in 3 months, not in 4; an expired one is 缺失', () => {
    expect(termCheck(data({}, { termEnd: '2027-03-01' }), TODAY)?.severity).toBe('提醒');
    expect(termCheck(data({}, { termEnd: '2027-03-02' }), TODAY)).toBeNull();
    expect(termCheck(data({}, { termEnd: '2027-04-01' }), TODAY)).toBeNull();
    const expired = termCheck(data({}, { termNumber: 2, termEnd: '2026-11-30' }), TODAY);
    expect(expired?.severity).toBe('缺失');
    expect(expired?.detail).toContain('第2届');
    expect(expired?.route).toBe('/elections');
  });
  it('asks for the term when the profile has none', () => {
    expect(termCheck(data({}, null), TODAY)?.route).toBe('/settings');
  });
  it('adds months clamping the day', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
});

describe('affiliatedTermCheck', () => {
  it('lists the affiliated unions whose term ended before today, each linking to its form', () => {
    const u = (id: string, termEnd: string) => ({
      ...emptyAffiliatedDraft(),
      id,
      name: `工会${id}`,
      termEnd,
    });
    const d = data({
      affiliatedUnions: [
        u('a', '2026-11-30'),
        u('b', '2026-12-01'),
        u('c', ''),
        u('d', '2027-01-01'),
      ],
    });
    const item = affiliatedTermCheck(d, TODAY);
    expect(item.recordIds).toEqual(['a']);
    expect(item.records[0]).toEqual({
      id: 'a',
      text: '工会a（2026年11月30日届满）',
      route: '/township/a/edit',
    });
    expect(yearCheck(d, YEAR, TODAY).map((c) => c.key)).toContain('township.termExpired');
    expect(yearCheck(data({}), YEAR, TODAY).map((c) => c.key)).not.toContain(
      'township.termExpired',
    );
  });
});

describe('congressCheck', () => {
  it('flags a year without a session; one on the last day counts', () => {
    expect(congressCheck(data({ congressSessions: [session('2025-12-31')] }), YEAR)?.key).toBe(
      'congress.noSession',
    );
    expect(congressCheck(data({ congressSessions: [session('2026-12-31')] }), YEAR)).toBeNull();
  });
  it('counts a session of the school year that runs into the year: within the 12 months up to today', () => {
    // Checked on 1 Dec 2026: last September's session is in the window (2025-12-02 … 2026-12-01) only
    // when it was on or after 2 Dec 2025.
    const on = (d: string) => congressCheck(data({ congressSessions: [session(d)] }), YEAR, TODAY);
    expect(on('2025-12-02')).toBeNull();
    const late = on('2025-12-01');
    expect(late?.key).toBe('congress.noSession');
    expect(late?.detail).toContain('截至2026年12月1日的12个月内（自2025年12月2日起）');
    expect(late?.detail).toContain('教育部令第32号');
    // A whole year already over: the 12 months are the year itself.
    expect(
      congressCheck(data({ congressSessions: [session('2025-12-31')] }), YEAR, '2027-03-01')?.key,
    ).toBe('congress.noSession');
  });
});

describe('台账检查规则 (kept with 工会信息)', () => {
  const rules = (congress: number, term: number) => ({
    congressWindowMonths: { value: congress, source: '本校教代会实施细则第五条' },
    termWarningMonths: { value: term, source: '本会设定' },
  });
  it("the congress window is the chair's number, and the detail cites her source", () => {
    const sept = data({ congressSessions: [session('2025-12-15')] }, { checkRules: rules(6, 3) });
    const item = congressCheck(sept, YEAR, TODAY);
    expect(item?.key).toBe('congress.noSession');
    expect(item?.detail).toContain('6个月内（自2026年6月2日起）');
    expect(item?.detail).toContain('本校教代会实施细则第五条');
    const wide = data({ congressSessions: [session('2025-12-15')] }, { checkRules: rules(12, 3) });
    expect(congressCheck(wide, YEAR, TODAY)).toBeNull();
  });
  it('warns of a term ending within her months, not the default 3', () => {
    const p = (term: number) => ({ termEnd: '2027-04-01', checkRules: rules(12, term) });
    expect(termCheck(data({}, p(3)), TODAY)).toBeNull();
    const item = termCheck(data({}, p(4)), TODAY);
    expect(item?.severity).toBe('提醒');
    expect(item?.detail).toContain('（4个月内）');
  });
  it('refuses a rule without its source or out of range, in Chinese', () => {
    expect(validateYearCheckRules(DEFAULT_YEAR_CHECK_RULES)).toEqual([]);
    const bad = { ...rules(0, 3), termWarningMonths: { value: 3, source: ' ' } };
    expect(validateYearCheckRules(bad)).toEqual([
      '教代会：期末前多少个月内召开的算应为 1 到 24 个月之间的整数',
      '任期届满提前提醒请写明依据（文号或条款）',
    ]);
  });
});

describe('proposalChecks', () => {
  it('lists 立案 proposals without a reply, overdue first; answered ones are not listed', () => {
    const d = data({
      proposals: [
        proposal('answered', { reply: '已研究', replyDate: '2026-05-01' }),
        proposal('waiting', { dueDate: '2026-12-20' }),
        proposal('late', { dueDate: '2026-06-30' }),
        proposal('lastYear', { receivedDate: '2025-12-31' }),
        proposal('new', { review: '待审查', number: null }),
      ],
    });
    const [unanswered, unreviewed] = proposalChecks(d, YEAR, TODAY);
    expect(unanswered!.recordIds).toEqual(['late', 'waiting']);
    expect(unanswered!.severity).toBe('缺失');
    expect(unanswered!.records[0]!.text).toContain('逾期未答复');
    expect(unanswered!.records[0]!.route).toBe('/congress/proposals/late');
    expect(unreviewed!.recordIds).toEqual(['new']);
  });
  it('is only a reminder while no reply is overdue', () => {
    const d = data({ proposals: [proposal('w', { dueDate: '2026-12-01' })] });
    expect(proposalChecks(d, YEAR, TODAY)[0]!.severity).toBe('提醒');
  });
});

describe('expenseCheck', () => {
  it('flags an expense with 2 of 3 signatures, naming the missing one; income is exempt', () => {
    const d = data({
      fundEntries: [
        expense('full', {}),
        expense('noApprover', { approver: ' ' }),
        expense('income', { direction: '收入', handler: '', checker: '', approver: '' }),
        expense('lastYear', { date: '2025-12-31', approver: '' }),
      ],
    });
    const c = expenseCheck(d, YEAR);
    expect(c.recordIds).toEqual(['noApprover']);
    expect(c.records[0]!.text).toContain('缺审批人');
    expect(c.records[0]!.text).toContain('120.00元');
    expect(c.records[0]!.route).toBe('/funds/entries/noApprover');
  });
});

describe('signerCheck', () => {
  it('flags 审核 by the 经办人, or by a 出纳 in office that day only', () => {
    const cashier = {
      id: 'o',
      role: '出纳',
      name: '孙',
      startDate: '2026-01-01',
      endDate: '2026-06-30',
    } as Officer;
    const d = data({
      officers: [cashier],
      fundEntries: [
        expense('same', { handler: '甲', checker: '甲' }),
        expense('cashier', { date: '2026-06-30', checker: '孙' }),
        expense('afterOffice', { date: '2026-07-01', checker: '孙' }),
        expense('fine', {}),
      ],
    });
    const c = signerCheck(d, YEAR);
    expect(c.recordIds).toEqual(['same', 'cashier']);
    expect(c.records[0]!.text).toContain('经办人与审核人不能是同一人');
    expect(c.records[1]!.text).toContain('孙是出纳');
  });
});

describe('festivalCheck', () => {
  const fv = (id: string, festival: string | null, cashCents: number, goods: string) =>
    ({
      id,
      date: '2026-09-25',
      reason: '节日',
      festival,
      visitees: [{ memberId: 'a', relation: '本人', cashCents, goods, goodsCents: 10000 }],
    }) as unknown as CareVisit;
  it('flags cash, shopping cards and festivals not statutory; 中秋 goods pass', () => {
    const d = data({
      careVisits: [
        fv('ok', '中秋节', 0, '月饼'),
        fv('cash', '中秋节', 5000, ''),
        fv('card', '春节', 0, '超市购物卡'),
        fv('teachers', '教师节', 0, '鲜花'),
      ],
      distributions: [
        {
          id: 'd',
          date: '2026-03-08',
          festival: '三八节',
          occasion: '三八节',
          item: '丝巾',
        } as Distribution,
      ],
    });
    const c = festivalCheck(d, YEAR);
    expect(c.recordIds.sort()).toEqual(['card', 'cash', 'd', 'teachers']);
    expect(c.records.find((r) => r.id === 'card')!.text).toContain('购物卡');
  });
});

describe('unsignedCheck', () => {
  const dist = (id: string, date: string) =>
    ({ id, date, occasion: '中秋节', item: '月饼' }) as Distribution;
  const rec = (id: string, distributionId: string, receipt: DistributionRecipient['receipt']) =>
    ({ id, distributionId, receipt }) as DistributionRecipient;
  it('counts 未签 only; 代领 and 补签 are signed', () => {
    const d = data({
      distributions: [dist('d1', '2026-09-20'), dist('old', '2025-09-20')],
      distributionRecipients: [
        rec('r1', 'd1', '未签'),
        rec('r2', 'd1', '代领'),
        rec('r3', 'd1', '补签'),
        rec('r4', 'd1', '未签'),
        rec('r5', 'old', '未签'),
      ],
    });
    const c = unsignedCheck(d, YEAR);
    expect(c.count).toBe(2);
    expect(c.records).toEqual([
      {
        id: 'd1',
        text: '2026-09-20 中秋节 月饼：2人未签',
        route: '/care/distributions/d1/receipts',
      },
    ]);
  });
});

describe('capCheck', () => {
  const visit = (id: string, cents: number) =>
    ({
      id,
      date: '2026-05-01',
      reason: '生日',
      surgery: false,
      stayId: null,
      visitees: [{ memberId: 'a', relation: '本人', cashCents: cents, goodsCents: 0 }],
    }) as unknown as CareVisit;
  it('uses the care ledger caps: equal to the cap passes, one fen over is flagged', () => {
    const members = [newMember({ id: 'a', name: '张三', joinDate: '2000-01-01' }, T)];
    expect(capCheck(data({ members, careVisits: [visit('ok', 30000)] }), YEAR).count).toBe(0);
    const c = capCheck(data({ members, careVisits: [visit('over', 30001)] }), YEAR);
    expect(c.recordIds).toEqual(['over']);
    expect(c.records[0]!.text).toContain('张三');
    expect(c.records[0]!.route).toBe('/care/visits/over');
  });
});

describe('hardshipCheck', () => {
  const file = (id: string, over: Partial<HardshipFile>) =>
    ({
      id,
      memberId: 'a',
      filingDate: '2026-03-01',
      surveyDate: '2026-02-20',
      publicNoticeDate: '2026-03-05',
      status: '在档',
      exitDate: null,
      ...over,
    }) as HardshipFile;
  it('flags open files without survey or 公示; files out of difficulty by period end are not asked', () => {
    const d = data({
      members: [newMember({ id: 'a', name: '李四', joinDate: '2000-01-01' }, T)],
      hardshipFiles: [
        file('full', {}),
        file('noNotice', { publicNoticeDate: null }),
        file('exited', { publicNoticeDate: null, status: '脱困', exitDate: '2026-10-01' }),
        file('nextYear', { surveyDate: null, filingDate: '2027-01-05' }),
      ],
    });
    const c = hardshipCheck(d, YEAR);
    expect(c.recordIds).toEqual(['noNotice']);
    expect(c.records[0]!.text).toBe('李四（缺公示日期）');
  });
});

describe('idNumberCheck', () => {
  it('lists members in service at period end without an ID number', () => {
    const m = (id: string, idNumber: string | null) => ({
      ...newMember({ id, name: id, joinDate: '2000-01-01' }, T),
      idNumber,
    });
    const retired = withStatus(m('retired', null), { status: '退休', date: '2026-06-01' });
    const staff = { ...m('staff', null), isMember: false, joinDate: null };
    const d = data({ members: [m('has', '110101199003077777'), m('none', null), retired, staff] });
    expect(idNumberCheck(d, YEAR).recordIds).toEqual(['none']);
  });
});

describe('duesChecks', () => {
  const roll = (month: string) => ({ id: `roll-${month}`, month }) as DuesRoll;
  const post = (month: string) => ({ id: `post-${month}`, month }) as DuesPosting;
  it('finds months begun with no roll, and ended months rolled but not posted', () => {
    const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
    const rolled = months.filter((m) => m !== '03').map((m) => `2026-${m}`);
    const d = data({
      duesRolls: rolled.map(roll),
      duesPostings: rolled.filter((m) => !['2026-05', '2026-12'].includes(m)).map(post),
    });
    const [noRoll, unposted] = duesChecks(d, YEAR, TODAY);
    expect(noRoll!.records.map((r) => r.id)).toEqual(['2026-03']);
    expect(noRoll!.records[0]!.route).toBe('/funds/dues/2026-03');
    // December is still being collected on 1 December: not yet due to be posted.
    expect(unposted!.recordIds).toEqual(['roll-2026-05']);
  });
  it('does not ask for months not begun', () => {
    const [noRoll] = duesChecks(data({}), YEAR, '2026-02-15');
    expect(noRoll!.records.map((r) => r.id)).toEqual(['2026-01', '2026-02']);
  });
});

describe('yearCheck', () => {
  it('returns only the items with something missing', () => {
    const d = data(
      {
        congressSessions: [session('2026-04-01')],
        duesRolls: [roll('2026-01')],
        duesPostings: [post('2026-01')],
      },
      { termEnd: '2028-01-01' },
    );
    expect(yearCheck(d, YEAR, '2026-01-20')).toEqual([]);
    expect(yearCheck(d, YEAR, '2026-02-20').map((c) => c.key)).toEqual(['dues.noRoll']);
  });
});

function roll(month: string): DuesRoll {
  return { id: `roll-${month}`, month } as DuesRoll;
}
function post(month: string): DuesPosting {
  return { id: `post-${month}`, month } as DuesPosting;
}
