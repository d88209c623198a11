import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { LEDGERS } from '../../index';
import { activityReports } from '../../activities/rules/activityReport';
import { figuresByLedger } from '../rules/report';
import { SAMPLE_YEAR, YEAR_2026 } from '../rules/sampleYear';
import { yearReportXlsx } from './yearReportXlsx';

describe('yearReportXlsx', () => {
  it('writes the figures and the activities as two sheets a chair can read back', () => {
    const bytes = yearReportXlsx({
      title: '示例中学工会2026年度统计',
      period: YEAR_2026,
      groups: figuresByLedger(YEAR_2026, SAMPLE_YEAR, LEDGERS),
      activities: activityReports(YEAR_2026, SAMPLE_YEAR),
    });
    const wb = XLSX.read(bytes, { type: 'array' });
    expect(wb.SheetNames).toEqual(['年度统计', '活动明细']);
    const figures = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['年度统计']!, { header: 1 });
    expect(figures[0]).toEqual(['示例中学工会2026年度统计']);
    expect(figures[2]).toEqual(['台账', '项目', '数值', '单位', '口径说明', '键']);
    expect(figures).toContainEqual([
      '会员台账',
      '在职会员',
      3,
      '人',
      expect.any(String),
      'members.inService',
    ]);
    expect(figures).toContainEqual([
      '会员台账',
      '入会率',
      0.75,
      '比率',
      expect.any(String),
      'membership.rate',
    ]);
    const acts = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['活动明细']!);
    expect(acts[1]).toEqual({
      活动名称: '书法比赛',
      开始日期: '2026-05-20',
      应到: 3,
      出席: 3,
      请假: 0,
      缺席: 0,
      来宾: 0,
      参赛项目: 3,
      获奖: 1,
    });
  });
});
