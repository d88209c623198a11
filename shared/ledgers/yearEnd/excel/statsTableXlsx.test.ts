import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { LEDGERS } from '../../index';
import { figuresByLedger } from '../rules/report';
import { SAMPLE_YEAR, YEAR_2026 } from '../rules/sampleYear';
import { buildStatsTable } from '../rules/statsTable';
import { STATS_HEADERS, STATS_SHEET, statsTableXlsx } from './statsTableXlsx';

describe('statsTableXlsx', () => {
  it('writes the table as one sheet, numbers as numbers, blanks marked 待填写', () => {
    const figures = figuresByLedger(YEAR_2026, SAMPLE_YEAR, LEDGERS).flatMap((g) => g.figures);
    const rows = buildStatsTable(figures, { migrantWorkers: '2', contract: '否' });
    const wb = XLSX.read(
      statsTableXlsx({ title: '示例中学工会2026年基层工会年度统计表', period: YEAR_2026, rows }),
      { type: 'array' },
    );
    expect(wb.SheetNames).toEqual([STATS_SHEET]);
    const aoa = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[STATS_SHEET]!, { header: 1 });
    expect(aoa[0]).toEqual(['示例中学工会2026年基层工会年度统计表']);
    expect(aoa[1]).toEqual(['统计期：2026年1月1日至2026年12月31日']);
    expect(aoa[2]).toEqual([...STATS_HEADERS]);
    expect(aoa).toContainEqual([
      '一、组织与会员',
      '其中：在职会员',
      3,
      '人',
      '台账：在职会员（members.inService）',
    ]);
    expect(aoa).toContainEqual([
      '一、组织与会员',
      '入会率',
      75,
      '%',
      '台账：入会率（membership.rate）',
    ]);
    expect(aoa).toContainEqual(['一、组织与会员', '其中：农民工', 2, '人', '手工填写']);
    expect(aoa).toContainEqual(['二、民主管理', '签订集体合同', '否', '', '手工填写']);
    expect(aoa.find((r) => r[1] === '开展会员评家')).toEqual([
      '二、民主管理',
      '开展会员评家',
      '',
      '',
      '待填写',
    ]);
  });
});
