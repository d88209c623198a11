import { describe, expect, it } from 'vitest';
import { figuresByLedger, reportTitle } from '../rules/report';
import { activityReports } from '../../activities/rules/activityReport';
import { LEDGERS } from '../../index';
import { SAMPLE_YEAR, YEAR_2026 } from '../rules/sampleYear';
import { ACTIVITY_COLUMNS, buildYearReportPrint, FIGURE_COLUMNS } from './yearReportPrint';
import type { ActivityReport } from '../../activities/rules/activityReport';

const input = (activities: ActivityReport[] = activityReports(YEAR_2026, SAMPLE_YEAR)) => ({
  title: reportTitle('示例中学工会', YEAR_2026, 2026),
  unionName: '示例中学工会',
  period: YEAR_2026,
  madeOn: '2026-12-31',
  // The ledgers this layout was written for; later ledgers add figure pages of their own.
  groups: figuresByLedger(
    YEAR_2026,
    SAMPLE_YEAR,
    LEDGERS.filter((l) => ['union', 'roster', 'activities', 'notices'].includes(l.name)),
  ),
  activities,
});

const rows = (p: ReturnType<typeof buildYearReportPrint>['pages'][number]) =>
  p.entries.flatMap((e) => (e.kind === 'row' ? [e.row.cells] : []));

describe('buildYearReportPrint', () => {
  it('prints the figures grouped by ledger, then the activities from a new page', () => {
    const m = buildYearReportPrint(input());
    expect(m.title).toBe('示例中学工会2026年度统计');
    expect(m.pageCount).toBe(2);
    const [first, second] = m.pages;
    expect(first!.columns.map((c) => c.label)).toEqual(['序号', '项目', '数值', '口径说明']);
    const headings = first!.entries.flatMap((e) => (e.kind === 'heading' ? [e.label] : []));
    expect(headings).toEqual(['工会组织', '会员台账', '活动台账']);
    expect(rows(first!)).toContainEqual(['9', '入会率', '75.00%', expect.stringContaining('÷')]);
    expect(rows(second!)[1]).toEqual([
      '2',
      '书法比赛',
      '2026-05-20',
      '3',
      '3',
      '0',
      '0',
      '0',
      '3',
      '1',
    ]);
  });

  it('repeats the activities table on as many pages as it needs, numbered after the figures', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      ...activityReports(YEAR_2026, SAMPLE_YEAR)[0]!,
      title: `活动${i + 1}`,
    }));
    const m = buildYearReportPrint(input(many));
    expect(m.pageCount).toBe(3);
    expect(m.pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(m.pages[2]!.columns).toEqual(ACTIVITY_COLUMNS);
    const continued = m.pages[2]!.entries[0]!;
    expect(continued).toMatchObject({ kind: 'heading', continued: true });
    expect(m.pages.flatMap(rows).length).toBe(13 + 50);
  });

  it('fills the width between the margins with each table', () => {
    const width = (cs: readonly { widthMm: number }[]) => cs.reduce((s, c) => s + c.widthMm, 0);
    expect(width(FIGURE_COLUMNS)).toBe(175);
    expect(width(ACTIVITY_COLUMNS)).toBe(175);
  });

  it('leaves the activities pages out when the union ran none', () => {
    expect(buildYearReportPrint(input([])).pageCount).toBe(1);
  });
});
