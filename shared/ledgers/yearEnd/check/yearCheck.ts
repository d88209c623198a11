import { daysInMonth, formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { formatCentsAmount } from '../../../core/money/money';
import type { LedgerData, Period } from '../../types';
import type { LedgerTable } from '../../tables';
import type { FundEntry } from '../../funds/rules/rows';
import { capSettingOf } from '../../care/rules/capSetting';
import { allEntries, overCap } from '../../care/rules/entries';
import { proposalNumberText, proposalStage } from '../../congress/rules/proposal';
import { monthEnd, monthStart, monthText, monthsBetween, monthOf } from '../../funds/rules/dues';
import { draftOf, missingSignatures, validateEntry } from '../../funds/rules/entries';
import { festivalFlag, festivalRefusal } from '../../care/rules/festival';
import { isInOffice } from '../../union/rules/committee';
import { isOpenOn } from '../../hardship/rules/hardship';
import { isUnionMember } from '../../roster/rules/member';
import { statusOn } from '../../roster/rules/membership';
import { termStatus } from '../../union/rules/term';
import { termState } from '../../township/rules/affiliated';
import { DEFAULT_TOWNSHIP_SETTINGS } from '../../township/rules/settings';
import { yearCheckRulesOf } from '../rules/checkRules';

/*
 * 台账检查 (LEDGERS.md §8, issue 14 item 3): what an inspection of the statistics year would
 * find missing, each with the records behind it and where to fix it. Pure: the data, the
 * period and today in, items out. Every test of a record is its own ledger's rule (proposal
 * stage, missing signatures, caps, term status, membership); this file only gathers them.
 */

export type CheckSeverity = '缺失' | '提醒';

/** One record behind an item, with the screen that fixes it. */
export interface CheckRecord {
  id: string;
  /** 「2026-03-12 记-007 办公用品 120.00元（缺审批人）」 */
  text: string;
  route: string;
}

export interface CheckItem {
  /** Stable key, e.g. 'funds.incompleteExpenses'. */
  key: string;
  severity: CheckSeverity;
  /** 「经费支出手续不全」 */
  title: string;
  /** What is missing and why an inspection asks for it. */
  detail: string;
  /** How many gaps (records, months, or 1 for a missing session). */
  count: number;
  unit: string;
  /** The table recordIds are in; null when there are none or they span tables (visits and receipts). */
  table: LedgerTable | null;
  recordIds: string[];
  records: CheckRecord[];
  /** The screen that lists or fixes them all. */
  route: string;
  routeLabel: string;
}

const within = (d: string | null | undefined, p: Period) => !!d && d >= p.from && d <= p.to;
const yuan = (cents: number) => `${formatCentsAmount(cents)}元`;

/** The same day n months on (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = y * 12 + (m - 1) + n;
  const ny = Math.floor(t / 12);
  const nm = (t % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${ny}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
}

/** Every check for the period, in the order an inspector goes through the ledgers. */
export function yearCheck(data: LedgerData, period: Period, today: IsoDate): CheckItem[] {
  return [
    termCheck(data, today),
    affiliatedTermCheck(data, today),
    congressCheck(data, period, today),
    ...proposalChecks(data, period, today),
    expenseCheck(data, period),
    signerCheck(data, period),
    unsignedCheck(data, period),
    capCheck(data, period),
    festivalCheck(data, period),
    hardshipCheck(data, period),
    idNumberCheck(data, period),
    ...duesChecks(data, period, today),
  ].filter((c): c is CheckItem => c !== null && c.count > 0);
}

/** The items with nothing missing count as 已齐全. */
export function isComplete(items: readonly CheckItem[]): boolean {
  return items.length === 0;
}

// Member id → name, built once per members array and only when a check names someone: at
// township scale (50,000 members) building it in every check was most of the check's time.
const namesByMembers = new WeakMap<LedgerData['tables']['members'], Map<string, string>>();

function memberNames(data: LedgerData): Pick<Map<string, string>, 'get'> {
  const members = data.tables.members;
  return {
    get: (id) => {
      let names = namesByMembers.get(members);
      if (!names) {
        names = new Map(members.map((m) => [m.id, m.name]));
        namesByMembers.set(members, names);
      }
      return names.get(id);
    },
  };
}

export function termCheck(data: LedgerData, today: IsoDate): CheckItem | null {
  const p = data.profile;
  if (!p || !p.termEnd) {
    return {
      key: 'union.term',
      severity: '缺失',
      title: '未填写工会委员会任期',
      detail: '工会信息中没有任期结束日期，无法检查是否按期换届。',
      count: 1,
      unit: '项',
      table: null,
      recordIds: [],
      records: [],
      route: '/settings',
      routeLabel: '填写工会信息',
    };
  }
  const now = termStatus(p, today);
  const warn = yearCheckRulesOf(p).termWarningMonths.value;
  if (now.kind === 'expired') {
    return termItem('缺失', '工会委员会任期已届满', now.message);
  }
  // Ending within the warning months (台账检查规则): the term would be over by then.
  if (p.termEnd <= addMonths(today, warn)) {
    return termItem(
      '提醒',
      '工会委员会任期即将届满',
      `第${p.termNumber}届工会委员会任期将于${formatChineseDate(p.termEnd)}届满（${warn}个月内），请筹备换届选举。`,
    );
  }
  return null;
}

/**
 * A federation's 下属工会 whose term has ended (an inspection of a 乡镇街道总工会 asks whether each
 * affiliated union held its 换届). Only 已届满 is asked here, which does not depend on the
 * editable 「即将届满」 days (those are the 下属工会 list's filter).
 */
export function affiliatedTermCheck(data: LedgerData, today: IsoDate): CheckItem {
  const list = data.tables.affiliatedUnions.filter(
    (u) => termState(u, today, DEFAULT_TOWNSHIP_SETTINGS) === '已届满',
  );
  return {
    key: 'township.termExpired',
    severity: '提醒',
    title: '下属工会任期已届满',
    detail: '任期已届满、尚未登记换届的下属基层工会，应督促其按期换届选举。',
    count: list.length,
    unit: '个',
    table: 'affiliatedUnions',
    recordIds: list.map((u) => u.id),
    records: list.map((u) => ({
      id: u.id,
      text: `${u.name}（${formatChineseDate(u.termEnd)}届满）`,
      route: `/township/${u.id}/edit`,
    })),
    route: '/township',
    routeLabel: '下属工会',
  };
}

function termItem(severity: CheckSeverity, title: string, detail: string): CheckItem {
  return {
    key: 'union.term',
    severity,
    title,
    detail,
    count: 1,
    unit: '项',
    table: null,
    recordIds: [],
    records: [],
    route: '/elections',
    routeLabel: '换届选举',
  };
}

/**
 * 教代会每学年至少召开一次 (《学校教职工代表大会规定》, 教育部令第32号). A school year starts in
 * September, so a calendar year's check also accepts a session within the months up to the
 * period's end (or today, when the period has not ended) that 台账检查规则 sets (12 by default):
 * a September session covers the school year that runs into this year.
 */
/** The next day (UTC dates, no time zone in between). */
function dayAfter(date: IsoDate): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function congressCheck(
  data: LedgerData,
  period: Period,
  today: IsoDate = period.to,
): CheckItem | null {
  const end = today < period.to ? today : period.to;
  const rule = yearCheckRulesOf(data.profile).congressWindowMonths;
  const window = { from: dayAfter(addMonths(end, -rule.value)), to: end };
  const held = (d: IsoDate) => within(d, period) || within(d, window);
  if (data.tables.congressSessions.some((s) => held(s.date))) return null;
  return {
    key: 'congress.noSession',
    severity: '缺失',
    title: '本年度未召开教代会',
    detail: `统计期（${formatChineseDate(period.from)}至${formatChineseDate(period.to)}）内和截至${formatChineseDate(end)}的${rule.value}个月内（自${formatChineseDate(window.from)}起）都没有教代会（职代会）会议记录。依据：${rule.source}。`,
    count: 1,
    unit: '项',
    table: 'congressSessions',
    recordIds: [],
    records: [],
    route: '/congress/sessions/new',
    routeLabel: '登记会议',
  };
}

/** Proposals received in the period: 立案 without reply (overdue first), and not yet reviewed. */
export function proposalChecks(data: LedgerData, period: Period, today: IsoDate): CheckItem[] {
  const inYear = data.tables.proposals.filter((p) => within(p.receivedDate, period));
  const staged = inYear.map((p) => ({ p, stage: proposalStage(p, today) }));
  const rank = (s: string) => (s === '逾期未答复' ? 0 : 1);
  const unanswered = staged
    .filter((x) => x.stage === '逾期未答复' || x.stage === '待答复')
    .sort(
      (a, b) =>
        rank(a.stage) - rank(b.stage) ||
        (a.p.dueDate ?? '9999').localeCompare(b.p.dueDate ?? '9999') ||
        a.p.receivedDate.localeCompare(b.p.receivedDate),
    );
  const unreviewed = staged.filter((x) => x.stage === '待审查');
  const overdue = unanswered.filter((x) => x.stage === '逾期未答复').length;
  const text = (p: (typeof inYear)[number], stage: string) => {
    const num = p.number === null ? '' : `${proposalNumberText(p)} `;
    const due = p.dueDate ? `，答复期限${formatChineseDate(p.dueDate)}` : '';
    return `${num}${p.title}（${stage}${due}）`;
  };
  const items: CheckItem[] = [
    {
      key: 'proposals.unanswered',
      severity: overdue > 0 ? '缺失' : '提醒',
      title: '提案未答复',
      detail:
        overdue > 0
          ? `已立案的提案中有${unanswered.length}件尚未答复，其中${overdue}件已过答复期限。`
          : `已立案的提案中有${unanswered.length}件尚未答复。`,
      count: unanswered.length,
      unit: '件',
      table: 'proposals',
      recordIds: unanswered.map((x) => x.p.id),
      records: unanswered.map((x) => ({
        id: x.p.id,
        text: text(x.p, x.stage),
        route: `/congress/proposals/${x.p.id}`,
      })),
      route: '/congress?tab=proposals',
      routeLabel: '提案',
    },
    {
      key: 'proposals.unreviewed',
      severity: '提醒',
      title: '提案未审查',
      detail: `统计期内收到的提案中有${unreviewed.length}件尚未审查（立案、并案、转为意见建议或不立案）。`,
      count: unreviewed.length,
      unit: '件',
      table: 'proposals',
      recordIds: unreviewed.map((x) => x.p.id),
      records: unreviewed.map((x) => ({
        id: x.p.id,
        text: text(x.p, x.stage),
        route: `/congress/proposals/${x.p.id}`,
      })),
      route: '/congress?tab=proposals',
      routeLabel: '提案',
    },
  ];
  return items;
}

export function expenseCheck(data: LedgerData, period: Period): CheckItem {
  const list = data.tables.fundEntries
    .filter((e) => within(e.date, period))
    .map((e) => ({ e, missing: missingSignatures(e) }))
    .filter((x) => x.missing.length > 0)
    .sort((a, b) => a.e.date.localeCompare(b.e.date));
  const year = period.to.slice(0, 4);
  return {
    key: 'funds.incompleteExpenses',
    severity: '缺失',
    title: '经费支出手续不全',
    detail: '每笔支出都应有经办人、审核人、审批人签字。',
    count: list.length,
    unit: '笔',
    table: 'fundEntries',
    recordIds: list.map((x) => x.e.id),
    records: list.map(({ e, missing }) => ({
      id: e.id,
      text: `${e.date} ${e.voucher ? `凭证${e.voucher} ` : ''}${e.summary} ${yuan(e.amountFen)}（缺${missing.join('、')}）`,
      route: `/funds/entries/${e.id}`,
    })),
    route: `/funds?tab=entries&year=${year}`,
    routeLabel: '收支明细',
  };
}

/** Expenses whose 审核人 is the 经办人, or a 出纳 in office that day (the funds form's own check). */
export function signerCheck(data: LedgerData, period: Period): CheckItem {
  const officers = data.tables.officers.filter((o) => o.role === '出纳');
  const list = data.tables.fundEntries
    .filter((e) => within(e.date, period) && e.direction === '支出')
    .map((e) => {
      const cashiers = officers.filter((o) => isInOffice(o, e.date)).map((o) => o.name);
      return { e, why: validateEntry(draftOf(e), { cashiers }).checker };
    })
    .filter((x): x is { e: FundEntry; why: string } => !!x.why)
    .sort((a, b) => a.e.date.localeCompare(b.e.date));
  return {
    key: 'funds.badSigners',
    severity: '缺失',
    title: '经费支出审核人不合规',
    detail: '经办人与审核人不能是同一人，出纳不能担任审核人。',
    count: list.length,
    unit: '笔',
    table: 'fundEntries',
    recordIds: list.map((x) => x.e.id),
    records: list.map(({ e, why }) => ({
      id: e.id,
      text: `${e.date} ${e.voucher ? `凭证${e.voucher} ` : ''}${e.summary}（${why}）`,
      route: `/funds/entries/${e.id}`,
    })),
    route: `/funds?tab=entries&year=${period.to.slice(0, 4)}`,
    routeLabel: '收支明细',
  };
}

export function unsignedCheck(data: LedgerData, period: Period): CheckItem {
  const dists = data.tables.distributions
    .filter((d) => within(d.date, period))
    .sort((a, b) => a.date.localeCompare(b.date));
  const byDist = new Map<string, number>();
  const ids: string[] = [];
  const inYear = new Set(dists.map((d) => d.id));
  for (const r of data.tables.distributionRecipients) {
    if (r.receipt !== '未签' || !inYear.has(r.distributionId)) continue;
    ids.push(r.id);
    byDist.set(r.distributionId, (byDist.get(r.distributionId) ?? 0) + 1);
  }
  return {
    key: 'distributions.unsigned',
    severity: '缺失',
    title: '福利发放未签收',
    detail: '实名发放签领表上仍有“未签”的人员，应补签或注明代领。',
    count: ids.length,
    unit: '人次',
    table: 'distributionRecipients',
    recordIds: ids,
    records: dists
      .filter((d) => byDist.has(d.id))
      .map((d) => ({
        id: d.id,
        text: `${d.date} ${d.occasion} ${d.item}：${byDist.get(d.id)}人未签`,
        route: `/care/distributions/${d.id}/receipts`,
      })),
    route: '/care?tab=distributions',
    routeLabel: '福利发放',
  };
}

export function capCheck(data: LedgerData, period: Period): CheckItem {
  const t = data.tables;
  const names = memberNames(data);
  const recipientDist = new Map(t.distributionRecipients.map((r) => [r.id, r.distributionId]));
  const over = overCap(
    capSettingOf(data.profile),
    allEntries(t.careVisits, t.distributions, t.distributionRecipients),
  ).filter((c) => within(c.entry.date, period));
  return {
    key: 'care.overCap',
    severity: '提醒',
    title: '慰问超过标准',
    detail: '按工会信息中选定的慰问标准超标的记录，应核对金额或注明依据。',
    count: over.length,
    unit: '条',
    table: null,
    recordIds: over.map((c) => c.entry.recordId),
    records: over.map(({ entry, check }) => ({
      id: entry.recordId,
      text: `${entry.date} ${names.get(entry.memberId) ?? '（已删除的会员）'}：累计${yuan(check.totalCents)}，标准${check.capCents === null ? '—' : yuan(check.capCents)}（${check.source}）`,
      route:
        entry.table === 'careVisits'
          ? `/care/visits/${entry.recordId}`
          : `/care/distributions/${recipientDist.get(entry.recordId) ?? ''}`,
    })),
    route: '/care',
    routeLabel: '关怀慰问',
  };
}

/**
 * Festival care against the festival rules: cash or cards given at a festival (refused by the
 * care form today, but imported or older records may hold them), and festivals not statutory.
 */
export function festivalCheck(data: LedgerData, period: Period): CheckItem {
  const records: CheckRecord[] = [];
  for (const v of data.tables.careVisits) {
    if (v.reason !== '节日' || !within(v.date, period)) continue;
    const why =
      v.visitees.map((x) => festivalRefusal(x.cashCents, x.goods)).find((w) => w) ??
      festivalFlag(v.festival);
    if (why)
      records.push({ id: v.id, text: `${v.date} 节日慰问：${why}`, route: `/care/visits/${v.id}` });
  }
  for (const d of data.tables.distributions) {
    if (!d.festival || !within(d.date, period)) continue;
    const why = festivalRefusal(0, d.item) ?? festivalFlag(d.festival);
    if (why)
      records.push({
        id: d.id,
        text: `${d.date} ${d.occasion} ${d.item}：${why}`,
        route: `/care/distributions/${d.id}`,
      });
  }
  records.sort((a, b) => a.text.localeCompare(b.text));
  return {
    key: 'care.festival',
    severity: '提醒',
    title: '节日慰问需核实',
    detail: '节日慰问只能发放实物，并应在法定节日发放。',
    count: records.length,
    unit: '条',
    table: null,
    recordIds: records.map((r) => r.id),
    records,
    route: '/care',
    routeLabel: '关怀慰问',
  };
}

/** Hardship files 在档 at period end without the 入户调查 or the 公示 they must have had. */
export function hardshipCheck(data: LedgerData, period: Period): CheckItem {
  const names = memberNames(data);
  const list = data.tables.hardshipFiles
    .filter((f) => isOpenOn(f, period.to))
    .map((f) => ({
      f,
      missing: [!f.surveyDate && '入户调查日期', !f.publicNoticeDate && '公示日期'].filter(
        (x): x is string => !!x,
      ),
    }))
    .filter((x) => x.missing.length > 0);
  return {
    key: 'hardship.incompleteFiles',
    severity: '缺失',
    title: '困难职工档案缺少调查或公示',
    detail: '建档应经入户调查并在本单位公示，档案中应记下日期。',
    count: list.length,
    unit: '户',
    table: 'hardshipFiles',
    recordIds: list.map((x) => x.f.id),
    records: list.map(({ f, missing }) => ({
      id: f.id,
      text: `${names.get(f.memberId) ?? '（已删除的会员）'}（缺${missing.join('、')}）`,
      route: `/hardship/${f.id}`,
    })),
    route: '/hardship',
    routeLabel: '困难帮扶',
  };
}

export function idNumberCheck(data: LedgerData, period: Period): CheckItem {
  const list = data.tables.members.filter(
    // The id number first: it is the cheap test, and most members have one.
    (m) => !m.idNumber?.trim() && isUnionMember(m) && statusOn(m, period.to) === '在职',
  );
  return {
    key: 'members.noIdNumber',
    severity: '缺失',
    title: '在职会员缺少证件号码',
    detail: `统计期末（${formatChineseDate(period.to)}）在职的会员中，花名册没有证件号码的人员。`,
    count: list.length,
    unit: '人',
    table: 'members',
    recordIds: list.map((m) => m.id),
    records: list.map((m) => ({ id: m.id, text: m.name, route: `/roster/member/${m.id}` })),
    route: '/roster',
    routeLabel: '花名册',
  };
}

/**
 * Dues months of the period that have begun by today: those with no roll at all, and those
 * whose roll was made but whose payments were never posted to the fund account.
 */
export function duesChecks(data: LedgerData, period: Period, today: IsoDate): CheckItem[] {
  const last = today < period.to ? today : period.to;
  if (last < period.from) return [];
  const months = monthsBetween(monthOf(period.from), monthOf(last)).filter(
    (m) => monthStart(m) >= period.from && monthEnd(m) <= period.to,
  );
  const rolls = new Map(data.tables.duesRolls.map((r) => [r.month, r]));
  const posted = new Set(data.tables.duesPostings.map((p) => p.month));
  const noRoll = months.filter((m) => !rolls.has(m));
  // A month still being collected is not yet due to be posted.
  const unposted = months.filter((m) => rolls.has(m) && !posted.has(m) && monthEnd(m) < today);
  const year = period.to.slice(0, 4);
  return [
    {
      key: 'dues.noRoll',
      severity: '缺失',
      title: '会费月份未建名册',
      detail: '这些月份没有会费收缴名册，无法说明应缴、实缴会费。',
      count: noRoll.length,
      unit: '个月',
      table: 'duesRolls',
      recordIds: [],
      records: noRoll.map((m) => ({ id: m, text: monthText(m), route: `/funds/dues/${m}` })),
      route: `/funds?tab=dues&year=${year}`,
      routeLabel: '会费',
    },
    {
      key: 'dues.unposted',
      severity: '缺失',
      title: '会费未入账',
      detail: '这些月份已过完、已建会费名册，但收缴的会费尚未过账到经费收入。',
      count: unposted.length,
      unit: '个月',
      table: 'duesRolls',
      recordIds: unposted.map((m) => rolls.get(m)!.id),
      records: unposted.map((m) => ({
        id: rolls.get(m)!.id,
        text: monthText(m),
        route: `/funds/dues/${m}`,
      })),
      route: `/funds?tab=dues&year=${year}`,
      routeLabel: '会费',
    },
  ];
}
