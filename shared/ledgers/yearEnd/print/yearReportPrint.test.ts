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
  // The ledgers the hand-made year was written for: a ledger added later adds rows, not pages here.
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
    // The figures' pages, then the activities from a new page (the last one here).
    const second = m.pages.at(-1);
    const figurePages = m.pages.slice(0, -1);
    expect(m.pageCount).toBe(figurePages.length + 1);
    const first = figurePages[0];
    expect(first!.columns.map((c) => c.label)).toEqual(['序号', '项目', '数值', '口径说明']);
    const headings = figurePages.flatMap((p) =>
      p.entries.flatMap((e) => (e.kind === 'heading' && !e.continued ? [e.label] : [])),
    );
    expect(headings).toEqual(
      input()
        .groups.filter((g) => g.figures.length > 0)
        .map((g) => g.label),
    );
    expect(headings.slice(0, 3)).toEqual(['工会组织', '会员台账', '活动台账']);
    expect(rows(first!)).toContainEqual(['9', '入会率', '75.00%', expect.stringContaining('÷')]);
    expect(second!.columns).toEqual(ACTIVITY_COLUMNS);
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
    const figures = buildYearReportPrint(input([])).pageCount;
    expect(m.pageCount).toBe(figures + 2);
    expect(m.pages.map((p) => p.number)).toEqual(m.pages.map((_, i) => i + 1));
    const last = m.pages.at(-1)!;
    expect(last.columns).toEqual(ACTIVITY_COLUMNS);
    expect(last.entries[0]!).toMatchObject({ kind: 'heading', continued: true });
    const figureCount = input([]).groups.reduce((n, g) => n + g.figures.length, 0);
    expect(m.pages.flatMap(rows).length).toBe(figureCount + 50);
  });

  it('fills the width between the margins with each table', () => {
    const width = (cs: readonly { widthMm: number }[]) => cs.reduce((s, c) => s + c.widthMm, 0);
    expect(width(FIGURE_COLUMNS)).toBe(175);
    expect(width(ACTIVITY_COLUMNS)).toBe(175);
  });

  it('leaves the activities pages out when the union ran none', () => {
    const m = buildYearReportPrint(input([]));
    expect(m.pages.every((p) => p.columns !== ACTIVITY_COLUMNS)).toBe(true);
    expect(m.pages.flatMap(rows).length).toBe(
      input([]).groups.reduce((n, g) => n + g.figures.length, 0),
    );
  });
});
