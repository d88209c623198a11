/**
 * 年度台账 (issue 14 item 4): the inspection pack — a cover, a contents page and every ledger's
 * register for the period, in the 年度台账 workbook's sheet order (LEDGERS.md §10), each starting
 * on a new page. Pure: the ledgers' rows in, the registers' print models out, each built by its
 * own ledger's print model (the pack only chooses the period's records). The contents' page
 * numbers come from those models' pagination (`pageCount`), never from the DOM.
 *
 * A register with no records this period is still one page saying 「本年度无记录」, so the
 * inspector sees it was kept.
 */
import { formatChineseDate, type IsoDate } from '../../../../core/text/dates';
import type { LedgerData, Period } from '../../../types';
import type { ActivityTally } from '../../../activities/rules/activityReport';
import type { ElectionReport } from '../../../elections/rules/report';
import type { LedgerFigures } from '../../rules/report';
import { periodText } from '../../rules/period';
import { buildRosterList, type RosterListModel } from '../../../roster/print/rosterList';
import { statusOn } from '../../../roster/rules/membership';
import {
  buildCommitteeRoll,
  type CommitteeRollModel,
  type CommitteeRollPerson,
} from '../../../union/print/committeeRoll';
import { buildActivityRegister } from '../../../activities/print/activityRegister';
import { buildVisitRegister } from '../../../care/print/visitRegister';
import type { CareSheetModel } from '../../../care/print/careSheet';
import { buildDistributionSummary } from '../../../care/print/distributionSummary';
import {
  buildAssistanceLedger,
  type AssistanceLedgerModel,
} from '../../../hardship/print/assistanceLedger';
import { buildCashbook, buildDuesSummary, type DuesPerson } from '../../../funds/print/documents';
import type { FundsTableModel } from '../../../funds/print/fundsTable';
import { monthStart, wageBaseOn } from '../../../funds/rules/dues';
import { reckonRolls } from '../../../funds/rules/payments';
import { openingBalanceOf } from '../../../funds/rules/year';
import {
  buildProposalRegister,
  buildRepresentativeRoll,
  type RosterFacts,
} from '../../../congress/print/congressPack';
import {
  buildTableDoc,
  type TableDocColumn,
  type TableDocModel,
} from '../../../congress/print/tableDoc';
import { buildElectionRegister } from '../../../elections/print/electionRegister';
import { buildHonourRegister } from '../../../union/print/honourRegister';
import { buildDocumentRegister } from '../../../notices/print/documentRegister';
import { buildYearReportPrint, type YearReportPrint } from '../yearReportPrint';

/** One printed document of the pack, with the model its existing view renders. */
export type PackDocument =
  | { kind: 'roster'; model: RosterListModel }
  | { kind: 'committee'; model: CommitteeRollModel }
  | { kind: 'care'; model: CareSheetModel }
  | { kind: 'table'; model: TableDocModel }
  | { kind: 'funds'; model: FundsTableModel }
  | { kind: 'assistance'; model: AssistanceLedgerModel }
  | { kind: 'report'; model: YearReportPrint };

/** A register of the pack: one line of the contents. */
export interface PackRegister {
  /** 「会员花名册」: the contents' wording (the document's own title is longer). */
  label: string;
  /** The title printed on its first page, which the contents page leads to. */
  title: string;
  document: PackDocument;
  /** true: printed as the 「本年度无记录」 page. */
  empty: boolean;
  /** Pages of this register, from its model's pagination. */
  pageCount: number;
  /** Its first page's number in the pack (the cover is page 1). */
  firstPage: number;
}

export interface PackCover {
  /** 「示例中学工会 2026年度工作台账」 */
  title: string;
  unionName: string;
  unitName: string;
  /** 「第三届」, or '' when the profile has none */
  termText: string;
  chairName: string;
  /** 「2026年1月1日至2026年12月31日」 */
  periodText: string;
  /** 「2026年12月31日」 */
  printedOnText: string;
}

export interface YearPack {
  /** 「示例中学工会2026年度台账」: the print job and the files' name. */
  name: string;
  cover: PackCover;
  /** Pages of the contents (the pages after the cover). */
  contentsPageCount: number;
  /** The contents' lines per page. */
  contentsPerPage: number;
  registers: PackRegister[];
  pageCount: number;
}

export interface YearPackInput {
  data: LedgerData;
  period: Period;
  /** The statistics year when the period is one, else null (the titles then carry the dates). */
  year: number | null;
  madeOn: IsoDate;
  /** The period's figures and activity tallies, as 年度统计 computed them. */
  groups: readonly LedgerFigures[];
  activities: readonly ActivityTally[];
  elections: readonly ElectionReport[];
  /** 台账检查清单, built by the year check's own print model. */
  check: YearReportPrint;
}

/** Lines of the contents on one page (A4 portrait, 12 mm a line). */
export const CONTENTS_PER_PAGE = 18;

const CHINESE_DIGITS = '〇一二三四五六七八九';
/** 1 → 一, 12 → 十二, 21 → 二十一 (届次 and the contents' numbering; up to 99). */
export function chineseOrdinal(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones ? CHINESE_DIGITS[ones] : ''}`;
}

export function yearPackName(unionName: string, period: Period, year: number | null): string {
  return year !== null
    ? `${unionName}${year}年度台账`
    : `${unionName}年度台账（${period.from}至${period.to}）`;
}

/** The one page of a register with nothing this period: its title, the period, 「本年度无记录」. */
function emptyRegister(title: string, period: Period, madeOn: IsoDate) {
  return buildTableDoc({
    title,
    infoLeft: `统计期：${periodText(period)}`,
    infoRight: `制表日期：${formatChineseDate(madeOn)}`,
    columns: EMPTY_COLUMNS,
    sections: [{ heading: null, rows: [['本年度无记录']] }],
    signatureParts: ['制表人：', '审核人：'],
    minRowMm: 20,
  });
}

const EMPTY_COLUMNS: TableDocColumn[] = [{ key: 'note', label: '记录', widthMm: 175 }];

export function buildYearPack(input: YearPackInput): YearPack {
  const { data, period, madeOn } = input;
  const t = data.tables;
  const profile = data.profile;
  const unionName = profile?.unionName || '本会';
  const label = input.year !== null ? `${input.year}年度` : '';
  const inPeriod = (d: string | null | undefined) => !!d && d >= period.from && d <= period.to;
  const asOf = madeOn < period.to ? madeOn : period.to;
  const members = new Map(t.members.map((m) => [m.id, m]));
  const figureIds = (key: string) =>
    new Set(input.groups.flatMap((g) => g.figures).find((f) => f.key === key)?.recordIds ?? []);

  const registers: Omit<PackRegister, 'firstPage' | 'pageCount'>[] = [];
  const add = (label: string, build: () => PackDocument | null, emptyTitle: string) => {
    const document = build();
    if (document) registers.push({ label, title: document.model.title, document, empty: false });
    else {
      const model = emptyRegister(emptyTitle, period, madeOn);
      registers.push({
        label,
        title: model.title,
        document: { kind: 'table', model },
        empty: true,
      });
    }
  };
  const titled = (name: string) => `${unionName}${label}${name}`;

  // 会员: the members counted in members.total at the period's end (在职 and 退休), IDs masked.
  add(
    '会员花名册',
    () => {
      const ids = figureIds('members.total');
      const list = t.members.filter((m) => ids.has(m.id));
      if (list.length === 0) return null;
      const retired = list.filter((m) => statusOn(m, period.to) === '退休').length;
      return {
        kind: 'roster',
        model: buildRosterList({
          title: titled('会员花名册'),
          unionName,
          madeOn,
          note: `截至${formatChineseDate(period.to)}：在职 ${list.length - retired} 人，退休 ${retired} 人`,
          members: list,
          options: { fullNumbers: false },
        }),
      };
    },
    titled('会员花名册'),
  );

  // 委员: the profile's term, those in office at the period's end (or today, if earlier).
  add(
    '工会委员会名单',
    () => {
      if (!profile) return null;
      const officers = t.officers.filter(
        (o) =>
          o.termNumber === profile.termNumber &&
          (!o.startDate || o.startDate <= asOf) &&
          (!o.endDate || o.endDate >= asOf),
      );
      if (officers.length === 0) return null;
      const people = new Map<string, CommitteeRollPerson>();
      for (const o of officers) {
        const m = o.memberId ? members.get(o.memberId) : undefined;
        if (m) people.set(m.id, { gender: m.gender, department: m.department });
      }
      return {
        kind: 'committee',
        model: buildCommitteeRoll({
          unionName,
          termNumber: profile.termNumber,
          termStart: profile.termStart,
          termEnd: profile.termEnd,
          madeOn: asOf,
          officers,
          people,
        }),
      };
    },
    titled('工会委员会名单'),
  );

  // 活动: activities.count's activities (主办 本会, starting in the period) with their tallies.
  add(
    '活动台账',
    () => {
      if (input.activities.length === 0) return null;
      const kinds = new Map(t.activityKinds.map((k) => [k.id, k.name]));
      return {
        kind: 'table',
        model: buildActivityRegister({
          unionName,
          periodLabel: label,
          activities: input.activities.map((a) => ({
            report: a.report,
            kind: kinds.get(a.activity.kindId) ?? '',
            place: a.activity.place,
          })),
          madeOn,
        }),
      };
    },
    titled('活动台账'),
  );

  // 慰问
  add(
    '慰问登记表',
    () => {
      const visits = t.careVisits.filter((v) => inPeriod(v.date));
      if (visits.length === 0) return null;
      return {
        kind: 'care',
        model: buildVisitRegister({
          unionName,
          from: period.from,
          to: period.to,
          visits,
          members,
          title: titled('慰问登记表'),
        }),
      };
    },
    titled('慰问登记表'),
  );

  // 福利发放
  add(
    '福利发放签领汇总',
    () => {
      const distributions = t.distributions.filter((d) => inPeriod(d.date));
      if (distributions.length === 0) return null;
      const ids = new Set(distributions.map((d) => d.id));
      return {
        kind: 'table',
        model: buildDistributionSummary({
          unionName,
          periodLabel: label,
          distributions,
          recipients: t.distributionRecipients.filter((r) => ids.has(r.distributionId)),
          madeOn,
        }),
      };
    },
    titled('福利发放签领汇总表'),
  );

  // 困难职工帮扶
  add(
    '困难职工帮扶台账',
    () => {
      const records = t.hardshipAssistance.filter((r) => inPeriod(r.date));
      if (records.length === 0) return null;
      return {
        kind: 'assistance',
        model: buildAssistanceLedger({
          unionName,
          from: period.from,
          to: period.to,
          records,
          files: t.hardshipFiles,
          people: members,
          madeOn,
        }),
      };
    },
    titled('困难职工帮扶台账'),
  );

  // 会费: the months of the period that have a roll (as dues.due counts them).
  add(
    '会费收缴汇总表',
    () => {
      const rolls = t.duesRolls
        .filter((r) => inPeriod(monthStart(r.month)))
        .sort((a, b) => a.month.localeCompare(b.month));
      if (rolls.length === 0) return null;
      const months = new Set(rolls.map((r) => r.month));
      const rows = reckonRolls(
        rolls,
        t.duesPayments.filter((p) => months.has(p.month)),
      ).sort(
        (a, b) =>
          (members.get(a.memberId)?.rosterOrder ?? 0) -
            (members.get(b.memberId)?.rosterOrder ?? 0) || a.month.localeCompare(b.month),
      );
      const lastMonth = rolls[rolls.length - 1]!.month;
      const people = new Map<string, DuesPerson>();
      const bases = new Map<string, number>();
      for (const r of rolls)
        for (const l of r.lines) {
          bases.set(l.memberId, l.baseFen);
          const m = members.get(l.memberId);
          if (!m || people.has(m.id)) continue;
          const b = wageBaseOn(m, t.wageBases, `${lastMonth}-28`);
          people.set(m.id, {
            name: m.name,
            department: m.department ?? '',
            unionGroup: m.unionGroup ?? '',
            postWageFen: b && 'postWageFen' in b ? (b.postWageFen ?? null) : null,
            gradeWageFen: b && 'gradeWageFen' in b ? (b.gradeWageFen ?? null) : null,
          });
        }
      return {
        kind: 'funds',
        model: buildDuesSummary({
          unionName,
          months: rolls.map((r) => r.month),
          rows,
          people,
          bases,
          madeOn,
        }),
      };
    },
    titled('会费收缴汇总表'),
  );

  // 经费: 收支明细账 from the period's opening balance (as funds.closingBalance starts).
  add(
    '经费收支明细账',
    () => {
      const entries = t.fundEntries.filter((e) => inPeriod(e.date));
      if (entries.length === 0) return null;
      const yearStart = `${period.from.slice(0, 4)}-01-01`;
      const opening =
        openingBalanceOf(Number(period.from.slice(0, 4)), t.fundYears, t.fundEntries) +
        t.fundEntries
          .filter((e) => e.date >= yearStart && e.date < period.from)
          .reduce((s, e) => s + (e.direction === '收入' ? e.amountFen : -e.amountFen), 0);
      return {
        kind: 'funds',
        model: buildCashbook({
          unionName,
          from: period.from,
          to: period.to,
          openingFen: opening,
          entries,
          madeOn,
        }),
      };
    },
    titled('经费收支明细账'),
  );

  // 教代会: per session of the period, its term's 代表名册 and its 提案登记表.
  const sessions = t.congressSessions
    .filter((s) => inPeriod(s.date))
    .sort((a, b) => a.date.localeCompare(b.date));
  if (sessions.length === 0)
    add('教代会（代表名册、提案登记表）', () => null, titled('教职工代表大会台账'));
  const facts = new Map<string, RosterFacts>(members);
  for (const s of sessions) {
    add(
      `${s.name}代表名册`,
      () => {
        const reps = t.representatives.filter((r) => r.termNumber === s.termNumber);
        if (reps.length === 0) return null;
        return {
          kind: 'table',
          model: buildRepresentativeRoll({
            unionName,
            termNumber: s.termNumber,
            representatives: reps,
            members: facts,
            madeOn,
          }),
        };
      },
      `${s.name}代表名册`,
    );
    add(
      `${s.name}提案登记表`,
      () => ({
        kind: 'table',
        model: buildProposalRegister({
          session: s,
          proposals: t.proposals.filter((p) => p.sessionId === s.id),
          madeOn,
        }),
      }),
      `${s.name}提案登记表`,
    );
  }

  // 换届选举 (if any this period)
  add(
    '换届选举结果',
    () =>
      input.elections.length === 0
        ? null
        : {
            kind: 'table',
            model: buildElectionRegister({
              unionName,
              periodLabel: label,
              elections: input.elections,
              madeOn,
            }),
          },
    titled('换届选举结果登记表'),
  );

  // 表彰: honours.count's honours.
  add(
    '表彰登记表',
    () => {
      const ids = figureIds('honours.count');
      const honours = t.honours.filter((h) => ids.has(h.id));
      if (honours.length === 0) return null;
      return {
        kind: 'table',
        model: buildHonourRegister({ unionName, periodLabel: label, honours, madeOn }),
      };
    },
    titled('表彰登记表'),
  );

  // 发文
  add(
    '发文登记簿',
    () => {
      const documents = t.documents.filter((d) => inPeriod(d.date));
      if (documents.length === 0) return null;
      return {
        kind: 'table',
        model: buildDocumentRegister({ unionName, periodLabel: label, documents, madeOn }),
      };
    },
    titled('发文登记簿'),
  );

  // 年度统计 and 台账检查
  const reportTitleText =
    input.year !== null ? `${unionName}${input.year}年度统计` : `${unionName}年度统计`;
  add(
    '年度统计',
    () => ({
      kind: 'report',
      model: buildYearReportPrint({
        title: reportTitleText,
        unionName,
        period,
        madeOn,
        groups: input.groups,
        activities: input.activities.map((a) => a.report),
      }),
    }),
    reportTitleText,
  );
  add('台账检查清单', () => ({ kind: 'report', model: input.check }), input.check.title);

  const contentsPageCount = Math.max(1, Math.ceil(registers.length / CONTENTS_PER_PAGE));
  let next = 1 + contentsPageCount + 1;
  const placed = registers.map((r): PackRegister => {
    const pageCount = r.document.model.pageCount;
    const firstPage = next;
    next += pageCount;
    return { ...r, pageCount, firstPage };
  });
  const name = yearPackName(unionName, period, input.year);
  return {
    name,
    cover: {
      title:
        input.year !== null ? `${unionName} ${input.year}年度工作台账` : `${unionName} 工作台账`,
      unionName,
      unitName: profile?.unitName ?? '',
      termText: profile?.termNumber ? `第${chineseOrdinal(profile.termNumber)}届` : '',
      chairName: profile?.chairName ?? '',
      periodText: periodText(period),
      printedOnText: formatChineseDate(madeOn),
    },
    contentsPageCount,
    contentsPerPage: CONTENTS_PER_PAGE,
    registers: placed,
    pageCount: next - 1,
  };
}
