import { beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../../db/testDb';
import { loadDemoData } from '../../demo';
import { loadLedgerData } from '../../store/ledgerData';
import { computeReport, type YearReport } from '../index';
import { statisticsYear } from '../rules/period';
import { ledgerData } from '../rules/sampleYear';
import { layoutNotice } from '../../notices/print/noticeLayout';
import {
  buildSummaryDraft,
  paragraphsOf,
  SUMMARY_PLACEHOLDERS,
  SUMMARY_SECTIONS,
  summaryDocument,
  summaryFileName,
  type SummaryDraft,
  type SummarySectionName,
} from './summaryDraft';

let report: YearReport;
let draft: SummaryDraft;
const section = (d: SummaryDraft, name: SummarySectionName) =>
  d.sections.find((s) => s.name === name)!.text;
const f = (key: string) => String(report.figures[key]);

beforeAll(async () => {
  const { db } = freshDb();
  await loadDemoData(db, new Date('2026-11-21T08:00:00'));
  const data = await loadLedgerData(db);
  report = computeReport(statisticsYear(2026, 1), data);
  draft = buildSummaryDraft({
    unionName: '城南实验学校工会',
    year: 2026,
    report,
    madeOn: '2026-12-01',
  });
});

describe('buildSummaryDraft on the demo union', () => {
  it('has the eight sections in order, numbered, with title and 落款', () => {
    expect(draft.sections.map((s) => s.heading)).toEqual(
      SUMMARY_SECTIONS.map((n, i) => `${'一二三四五六七八'[i]}、${n}`),
    );
    expect(draft.title).toBe('城南实验学校工会2026年度工作总结');
    expect(draft.signature).toBe('城南实验学校工会');
    expect(draft.date).toBe('2026年12月1日');
    expect(summaryFileName(draft)).toBe('城南实验学校工会2026年度工作总结.docx');
  });

  it('基本情况 writes the members and the rate from the figures', () => {
    expect(section(draft, '基本情况')).toBe(
      `截至2026年12月31日，本会共有会员${f('members.total')}人，其中在职会员${f('members.inService')}人（女会员${f('members.womenInService')}人）、退休会员${f('members.retired')}人；` +
        `在职职工${f('staff.inService')}人，入会率${(Number(report.figures['membership.rate']) * 100).toFixed(2)}%。` +
        `全年有${f('members.retiredInPeriod')}名会员退休。`,
    );
  });

  it('文体活动 counts the activities and person-times, and lists each one', () => {
    const text = section(draft, '文体活动');
    expect(text).toContain(
      `全年共组织活动${f('activities.count')}次，参加${f('activities.personTimes')}人次`,
    );
    expect(report.activities.length).toBeGreaterThan(0);
    for (const a of report.activities) expect(text).toContain(`${a.title}（出席${a.attended}人）`);
  });

  it('维权服务 writes care visits and money, distributions and hardship assistance', () => {
    const text = section(draft, '维权服务');
    expect(text).toContain(
      `全年开展走访慰问${f('care.visits')}次，慰问${f('care.visiteeTimes')}人次，其中看望住院职工${f('care.hospitalTimes')}人次`,
    );
    expect(text).toContain(`合计${f('care.total')}元`);
    expect(text).toContain(
      `全年发放福利${f('distributions.count')}次，${f('distributions.recipients')}人次，金额${f('distributions.total')}元。`,
    );
    expect(text).toContain(`在档困难职工${f('hardship.openFiles')}户`);
    expect(text).toContain(
      `开展帮扶${f('hardship.assistanceCount')}次，帮扶职工${f('hardship.assistedMembers')}人，帮扶金额${f('hardship.assistanceTotal')}元`,
    );
  });

  it('民主管理 writes the congress session, its votes and the proposals', () => {
    const text = section(draft, '民主管理');
    const c = report.congress[0]!;
    expect(text).toContain(`全年召开教代会（职代会）${f('congress.sessions')}次`);
    expect(text).toContain(`${c.name}应到代表${c.representatives}人，实到${c.present}人`);
    expect(text).toContain(
      `共收到提案${f('proposals.received')}件，立案${f('proposals.accepted')}件`,
    );
    expect(text).toContain(
      `征集意见建议${f('suggestions.count')}条，采纳${f('suggestions.adopted')}条`,
    );
  });

  it('经费 writes income, expense, balance and dues as the report has them', () => {
    const text = section(draft, '经费');
    expect(text).toContain(`全年经费收入${f('funds.income')}元，其中`);
    expect(text).toContain(`会费收入${f('funds.incomeByCategory.会费收入')}元`);
    expect(text).toContain(`经费支出${f('funds.expense')}元`);
    expect(text).toContain(`年末结余${f('funds.closingBalance')}元`);
    expect(text).toContain(
      `应缴会费${f('dues.due')}元，实缴${f('dues.paid')}元，欠缴${f('dues.outstanding')}元`,
    );
    expect(text).toContain(`未审批的支出${f('funds.unapproved')}笔`);
  });

  it('自身建设 writes the honours; 存在问题 and 明年打算 are prompts for the chair', () => {
    expect(section(draft, '自身建设')).toBe(`全年本会及会员获得各级表彰${f('honours.count')}项。`);
    expect(section(draft, '存在问题')).toBe(SUMMARY_PLACEHOLDERS.存在问题);
    expect(draft.sections.filter((s) => s.placeholder).map((s) => s.name)).toEqual([
      '存在问题',
      '明年打算',
    ]);
  });

  it('every number in the draft is one of the report’s', () => {
    const known = new Set<string>();
    const add = (v: unknown) => known.add(String(v));
    Object.values(report.figures).forEach(add);
    for (const a of report.activities) [a.attended].forEach(add);
    for (const c of report.congress) [c.representatives, c.present, c.votes.length].forEach(add);
    add((Number(report.figures['membership.rate']) * 100).toFixed(2));
    const body = draft.sections
      .filter((s) => s.name !== '文体活动') // dates of the activities (2月24日)
      .map((s) => s.text)
      .join('\n')
      .replace(/\d{4}年\d{1,2}月\d{1,2}日/g, '');
    for (const n of body.match(/\d+(\.\d+)?/g) ?? []) expect(known, n).toContain(n);
  });

  it('lays out as a GB/T 9704 document: headings, then the section’s paragraphs', () => {
    const doc = summaryDocument(draft);
    expect(doc.paragraphs[0]).toBe('一、基本情况');
    expect(doc.paragraphs).toContain('八、明年打算');
    const layout = layoutNotice(doc);
    expect(layout.pageCount).toBeGreaterThanOrEqual(1);
    const all = layout.pages.flatMap((p) => p.lines.map((l) => l.text)).join('');
    expect(all).toContain(f('funds.closingBalance'));
  });
});

describe('buildSummaryDraft with nothing registered', () => {
  const empty = computeReport(statisticsYear(2026, 1), ledgerData({}));
  const d = buildSummaryDraft({
    unionName: '某工会',
    year: 2026,
    report: empty,
    madeOn: '2026-12-01',
  });

  it('says 「本年度未登记…」 in every section rather than inventing', () => {
    for (const name of [
      '基本情况',
      '民主管理',
      '维权服务',
      '文体活动',
      '自身建设',
      '经费',
    ] as const)
      expect(section(d, name)).toMatch(/^本年度未登记/);
    expect(d.sections.map((s) => s.text).join('')).not.toMatch(/\d/);
  });

  it('a period that is not a statistics year says 统计期内 and carries the dates in the title', () => {
    const p = { from: '2026-01-01', to: '2026-06-30' };
    const r = computeReport(p, ledgerData({}));
    const half = buildSummaryDraft({
      unionName: '某工会',
      year: null,
      report: r,
      madeOn: '2026-07-01',
    });
    expect(half.title).toBe('某工会工作总结（2026年1月1日至2026年6月30日）');
    expect(section(half, '文体活动')).toBe('统计期内未登记职工活动。');
  });
});

describe('paragraphsOf', () => {
  it('splits the chair’s text into paragraphs, one a line, dropping blank lines', () => {
    expect(paragraphsOf('  第一段。\r\n\n第二段。 \n')).toEqual(['第一段。', '第二段。']);
  });
});
