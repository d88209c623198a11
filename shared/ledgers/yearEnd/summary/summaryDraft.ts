/**
 * 工作总结 draft (issue 14): the year's figures written out as the sentences a chair would put
 * in the year-end summary — 「全年共组织活动6次，参加980人次」. Every number is taken from the
 * §11 report (computeReport); a section whose ledgers hold nothing for the period says so
 * 「本年度未登记…」 rather than inventing. 存在问题 and 明年打算 are left for the chair.
 *
 * Pure: report in, sections of paragraphs out. The chair may rewrite any section's text
 * (one paragraph a line) before it is laid out as a GB/T 9704 document (summaryDocument).
 */
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import type { NoticeDocument } from '../../notices/rules/noticeMerge';
import { periodText } from '../rules/period';
import type { YearReport } from '../rules/report';
import type { Period } from '../../types';

export const SUMMARY_SECTIONS = [
  '基本情况',
  '民主管理',
  '维权服务',
  '文体活动',
  '自身建设',
  '经费',
  '存在问题',
  '明年打算',
] as const;
export type SummarySectionName = (typeof SUMMARY_SECTIONS)[number];

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];

export interface SummarySection {
  name: SummarySectionName;
  /** 「一、基本情况」 */
  heading: string;
  /** One paragraph a line; what the chair edits. */
  text: string;
  /** True for 存在问题 / 明年打算: the text is a prompt for the chair, not a finding. */
  placeholder: boolean;
}

export interface SummaryDraft {
  title: string;
  sections: SummarySection[];
  /** 落款: the union's name. */
  signature: string;
  /** 成文日期, e.g. 「2026年12月1日」. */
  date: string;
}

export interface SummaryInput {
  unionName: string;
  /** The statistics year, or null for any other period (the title then carries the dates). */
  year: number | null;
  report: YearReport;
  /** 成文日期 (today). */
  madeOn: IsoDate;
}

export const SUMMARY_PLACEHOLDERS: Record<'存在问题' | '明年打算', string> = {
  存在问题: '（请在此填写本年度工作中存在的问题和不足。）',
  明年打算: '（请在此填写明年的工作思路和主要打算。）',
};

/** 「示例中学工会2026年度工作总结」, or with the dates for a period that is not a statistics year. */
export function summaryTitle(unionName: string, period: Period, year: number | null): string {
  if (year !== null) return `${unionName}${year}年度工作总结`;
  return `${unionName}工作总结（${periodText(period)}）`;
}

/** The draft of every section from the year's figures. */
export function buildSummaryDraft(input: SummaryInput): SummaryDraft {
  const { report, year } = input;
  const w = new Writer(report, year !== null);
  const texts: Record<SummarySectionName, string[]> = {
    基本情况: basics(w, report),
    民主管理: democracy(w, report),
    维权服务: service(w),
    文体活动: activities(w, report),
    自身建设: selfBuilding(w),
    经费: funds(w),
    存在问题: [SUMMARY_PLACEHOLDERS.存在问题],
    明年打算: [SUMMARY_PLACEHOLDERS.明年打算],
  };
  return {
    title: summaryTitle(input.unionName, report.period, year),
    sections: SUMMARY_SECTIONS.map((name, i) => ({
      name,
      heading: `${NUMERALS[i]}、${name}`,
      text: texts[name].join('\n'),
      placeholder: name === '存在问题' || name === '明年打算',
    })),
    signature: input.unionName,
    date: formatChineseDate(input.madeOn),
  };
}

/** The draft as a document for the notice engine's layout and Word export: headings and paragraphs. */
export function summaryDocument(draft: SummaryDraft): NoticeDocument {
  return {
    // The notice engine's layout and .docx do not look at the kind; 公示 is the closest plain one.
    kind: '公示',
    issuer: null,
    documentNumber: null,
    title: draft.title,
    addressee: '',
    paragraphs: draft.sections.flatMap((s) => [s.heading, ...paragraphsOf(s.text)]),
    signature: draft.signature,
    date: draft.date,
    sealSpace: false,
  };
}

/** A section's text as paragraphs: one a line, blank lines and surrounding spaces dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** 「2026年度工作总结.docx」 without characters Windows forbids in names. */
export function summaryFileName(draft: Pick<SummaryDraft, 'title'>): string {
  const safe = draft.title.replace(/[\\/:*?"<>|\r\n]/g, '').trim() || '工作总结';
  return `${safe}.docx`;
}

// ── the sections ────────────────────────────────────────────────────────────

class Writer {
  constructor(
    private readonly report: YearReport,
    /** A statistics year: 「全年」「年末」; any other period: 「统计期内」「期末」. */
    readonly wholeYear: boolean,
  ) {}
  get span() {
    return this.wholeYear ? '全年' : '统计期内';
  }
  get none() {
    return this.wholeYear ? '本年度' : '统计期内';
  }
  /** A count figure (0 when the report lacks it). */
  n(key: string): number {
    const v = this.report.figures[key];
    return typeof v === 'number' ? v : Number(v ?? 0) || 0;
  }
  /** A money figure as the report writes it, 「7140.00」. */
  money(key: string): string {
    const v = this.report.figures[key];
    return typeof v === 'string' ? v : (Number(v ?? 0) || 0).toFixed(2);
  }
  /** True when a money figure is more than 0. */
  some(key: string): boolean {
    return Number(this.money(key)) > 0;
  }
  /** The money figures under a prefix above 0, by their last segment (「funds.incomeByCategory.会费收入」 → 会费收入). */
  byPrefix(prefix: string): [string, string][] {
    return (
      Object.keys(this.report.figures)
        .filter((k) => k.startsWith(`${prefix}.`))
        .map((k) => [k.slice(prefix.length + 1), this.money(k)] as [string, string])
        .filter(([, v]) => Number(v) > 0)
        // Largest first, so the sentence does not depend on the order the entries were made in.
        .sort(([a, x], [b, y]) => Number(y) - Number(x) || a.localeCompare(b))
    );
  }
}

const percent = (rate: number) => `${(rate * 100).toFixed(2)}%`;
const monthDay = (iso: string) => {
  const [, m, d] = iso.split('-').map(Number);
  return `${m}月${d}日`;
};

function basics(w: Writer, report: YearReport): string[] {
  const total = w.n('members.total');
  if (total === 0) return [`${w.none}未登记会员名册。`];
  const end = formatChineseDate(report.period.to);
  const parts = [
    `截至${end}，本会共有会员${total}人，其中在职会员${w.n('members.inService')}人（女会员${w.n('members.womenInService')}人）、退休会员${w.n('members.retired')}人`,
  ];
  if (w.n('staff.inService') > 0)
    parts.push(`在职职工${w.n('staff.inService')}人，入会率${percent(w.n('membership.rate'))}`);
  const changes: string[] = [];
  if (w.n('members.joined') > 0) changes.push(`新发展会员${w.n('members.joined')}人`);
  if (w.n('members.retiredInPeriod') > 0)
    changes.push(`有${w.n('members.retiredInPeriod')}名会员退休`);
  const first = `${parts.join('；')}。`;
  return [changes.length ? `${first}${w.span}${changes.join('，')}。` : first];
}

function democracy(w: Writer, report: YearReport): string[] {
  const out: string[] = [];
  if (report.congress.length > 0) {
    const sessions = report.congress.map((c) => {
      const passed = c.votes.filter((v) => v.passed).length;
      const votes =
        c.votes.length === 0
          ? ''
          : passed === c.votes.length
            ? `，审议表决事项${c.votes.length}项，均获通过`
            : `，审议表决事项${c.votes.length}项，通过${passed}项`;
      return `${c.name}应到代表${c.representatives}人，实到${c.present}人${votes}`;
    });
    out.push(
      `${w.span}召开教代会（职代会）${w.n('congress.sessions')}次。${sessions.join('；')}。`,
    );
  }
  if (w.n('proposals.received') > 0) {
    const s = [`共收到提案${w.n('proposals.received')}件，立案${w.n('proposals.accepted')}件`];
    if (w.n('proposals.toSuggestion') > 0) s.push(`转为意见建议${w.n('proposals.toSuggestion')}件`);
    if (w.n('proposals.rejected') > 0) s.push(`不立案${w.n('proposals.rejected')}件`);
    let text = `${s.join('，')}`;
    if (w.n('proposals.implemented') > 0 || w.n('proposals.satisfied') > 0)
      text += `；已落实${w.n('proposals.implemented')}件，提案人满意${w.n('proposals.satisfied')}件`;
    out.push(`${text}。`);
  }
  if (w.n('suggestions.count') > 0)
    out.push(`征集意见建议${w.n('suggestions.count')}条，采纳${w.n('suggestions.adopted')}条。`);
  if (report.elections.length > 0) {
    const es = report.elections.map((e) => {
      const elected = e.candidates.filter((c) => c.elected).map((c) => c.name);
      return `${e.name}应到${e.entitled}人，实到${e.present}人，发出选票${e.issued}张，收回${e.returned}张，有效${e.valid}张${elected.length ? `，${elected.join('、')}当选` : ''}`;
    });
    out.push(`${w.span}组织选举${report.elections.length}次。${es.join('；')}。`);
  }
  return out.length ? out : [`${w.none}未登记教代会、提案和选举。`];
}

function service(w: Writer): string[] {
  const out: string[] = [];
  if (w.n('care.visits') > 0) {
    const kinds: string[] = [];
    if (w.n('care.hospitalTimes') > 0) kinds.push(`看望住院职工${w.n('care.hospitalTimes')}人次`);
    if (w.n('care.retireeTimes') > 0) kinds.push(`慰问退休职工${w.n('care.retireeTimes')}人次`);
    if (w.n('care.familyTimes') > 0) kinds.push(`慰问职工家属${w.n('care.familyTimes')}人次`);
    let s = `${w.span}开展走访慰问${w.n('care.visits')}次，慰问${w.n('care.visiteeTimes')}人次${kinds.length ? `，其中${kinds.join('、')}` : ''}`;
    if (w.some('care.total')) {
      const money: string[] = [];
      if (w.some('care.cash')) money.push(`慰问金${w.money('care.cash')}元`);
      if (w.some('care.goods')) money.push(`慰问品折合${w.money('care.goods')}元`);
      const sources = (
        [
          ['care.fromUnionFunds', '工会经费'],
          ['care.fromSuperior', '上级工会'],
          ['care.fromAdministration', '行政'],
          ['care.fromCharity', '社会捐助'],
        ] as const
      )
        .filter(([k]) => w.some(k))
        .map(([k, label]) => `${label}${w.money(k)}元`);
      s += `；发放${money.join('、')}，合计${w.money('care.total')}元${sources.length > 1 ? `（其中${sources.join('，')}）` : ''}`;
    }
    out.push(`${s}。`);
  }
  if (w.n('distributions.count') > 0)
    out.push(
      `${w.span}发放福利${w.n('distributions.count')}次，${w.n('distributions.recipients')}人次，金额${w.money('distributions.total')}元。`,
    );
  if (w.n('hardship.openFiles') > 0 || w.n('hardship.assistanceCount') > 0) {
    const s = [`在档困难职工${w.n('hardship.openFiles')}户`];
    if (w.n('hardship.filed') > 0) s.push(`新建档案${w.n('hardship.filed')}户`);
    if (w.n('hardship.exited') > 0) s.push(`脱困${w.n('hardship.exited')}户`);
    let text = s.join('，');
    if (w.n('hardship.assistanceCount') > 0) {
      text += `；开展帮扶${w.n('hardship.assistanceCount')}次，帮扶职工${w.n('hardship.assistedMembers')}人，帮扶金额${w.money('hardship.assistanceTotal')}元`;
      if (w.some('hardship.fromSuperior'))
        text += `，其中上级帮扶资金${w.money('hardship.fromSuperior')}元`;
    }
    out.push(`${text}。`);
  }
  return out.length ? out : [`${w.none}未登记走访慰问、福利发放和困难职工帮扶。`];
}

function activities(w: Writer, report: YearReport): string[] {
  const count = w.n('activities.count');
  if (count === 0) return [`${w.none}未登记职工活动。`];
  const guests =
    w.n('activities.personTimesWithGuests') > w.n('activities.personTimes')
      ? `（含来宾共${w.n('activities.personTimesWithGuests')}人次）`
      : '';
  const reached =
    w.n('activities.reachedInService') > 0
      ? `，在职会员中有${w.n('activities.reachedInService')}人至少参加一次`
      : '';
  const first = `${w.span}共组织活动${count}次，参加${w.n('activities.personTimes')}人次${guests}${reached}。`;
  const list = report.activities.map(
    (a) => `${monthDay(a.start)}${a.title}（出席${a.attended}人）`,
  );
  return [first, `主要有：${list.join('、')}。`];
}

function selfBuilding(w: Writer): string[] {
  const honours = w.n('honours.count');
  if (honours === 0) return [`${w.none}未登记获得的表彰。`];
  return [`${w.span}本会及会员获得各级表彰${honours}项。`];
}

function funds(w: Writer): string[] {
  const out: string[] = [];
  const hasFunds = w.some('funds.income') || w.some('funds.expense');
  if (hasFunds) {
    const inc = w.byPrefix('funds.incomeByCategory').map(([c, v]) => `${c}${v}元`);
    const exp = w.byPrefix('funds.expenseByCategory').map(([c, v]) => `${c}${v}元`);
    out.push(
      `${w.span}经费收入${w.money('funds.income')}元${inc.length > 1 ? `，其中${inc.join('、')}` : ''}；经费支出${w.money('funds.expense')}元${exp.length > 1 ? `，其中${exp.join('、')}` : ''}；${w.wholeYear ? '年末' : '期末'}结余${w.money('funds.closingBalance')}元。`,
    );
  }
  if (w.n('dues.memberMonths') > 0)
    out.push(
      `应缴会费${w.money('dues.due')}元，实缴${w.money('dues.paid')}元${w.some('dues.outstanding') ? `，欠缴${w.money('dues.outstanding')}元` : '，全部缴齐'}。`,
    );
  const gaps: string[] = [];
  if (w.n('funds.unapproved') > 0) gaps.push(`未审批的支出${w.n('funds.unapproved')}笔`);
  if (w.n('funds.incomplete') > 0) gaps.push(`手续不全的支出${w.n('funds.incomplete')}笔`);
  if (gaps.length) out.push(`目前尚有${gaps.join('、')}，需及时补齐手续。`);
  return out.length ? out : [`${w.none}未登记经费收支和会费缴纳。`];
}
