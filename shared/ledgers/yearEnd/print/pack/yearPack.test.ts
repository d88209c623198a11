import { describe, expect, it } from 'vitest';
import { rowsInOrder } from '../../../../core/print/paginate';
import { buildDemoRows } from '../../../demo';
import { DEMO_PROFILE } from '../../../roster/demo';
import { ledgerData } from '../../rules/sampleYear';
import { yearPack } from '../../index';
import type { YearPack } from './yearPack';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const demo = () => {
  const rows = buildDemoRows({ now: new Date('2026-12-01T08:00:00Z'), profile: DEMO_PROFILE });
  return { ...ledgerData(rows), profile: DEMO_PROFILE };
};
const labels = (p: YearPack) => p.registers.map((r) => r.label);

describe('the 年度台账 pack', () => {
  const pack = yearPack({ data: demo(), period: YEAR, year: 2026, madeOn: '2026-12-01' });

  it('has a cover with the union, its 届次, chair and the year', () => {
    expect(pack.name).toBe('示例市实验中学工会委员会2026年度台账');
    expect(pack.cover).toMatchObject({
      title: '示例市实验中学工会委员会 2026年度工作台账',
      termText: '第三届',
      chairName: '王丽华',
      periodText: '2026年1月1日至2026年12月31日',
      printedOnText: '2026年12月1日',
    });
  });

  it('lists the registers in the workbook’s sheet order, the figures and the check last', () => {
    expect(labels(pack)).toEqual([
      '会员花名册',
      '工会委员会名单',
      '活动台账',
      '慰问登记表',
      '福利发放签领汇总',
      '困难职工帮扶台账',
      '会费收缴汇总表',
      '经费收支明细账',
      '第三届教职工代表大会第五次会议代表名册',
      '第三届教职工代表大会第五次会议提案登记表',
      '换届选举结果',
      '表彰登记表',
      '发文登记簿',
      '年度统计',
      '台账检查清单',
    ]);
  });

  it('numbers each register from the pages of the ones before it (cover 1, contents 2)', () => {
    let next = 3;
    for (const r of pack.registers) {
      expect(r.firstPage, r.label).toBe(next);
      expect(r.pageCount).toBe(r.document.model.pageCount);
      next += r.pageCount;
    }
    expect(pack.pageCount).toBe(next - 1);
    expect(pack.contentsPageCount).toBe(1);
  });

  it('prints the 花名册 of every member counted at the year’s end, numbers masked', () => {
    const roster = pack.registers[0]!.document;
    if (roster.kind !== 'roster') throw new Error('not a roster');
    const figures = pack.registers.find((r) => r.label === '年度统计')!.document;
    if (figures.kind !== 'report') throw new Error('not the figures');
    const total = figures.model.pages
      .flatMap((p) => p.entries)
      .flatMap((e) => (e.kind === 'row' ? [e.row.cells] : []))
      .find((c) => c[1] === '会员总数')![2];
    expect(`${roster.model.count} 人`).toBe(total);
    const rows = rowsInOrder(roster.model).map((r) => r.cells.join(' '));
    expect(rows.join('\n')).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/);
    expect(rows.join('\n')).toMatch(/\*{4}/);
  });

  it('shows a register with nothing this year as one page saying 本年度无记录', () => {
    const empty = pack.registers.filter((r) => r.empty);
    expect(empty.map((r) => r.label)).toEqual(['换届选举结果', '发文登记簿']);
    for (const r of empty) {
      expect(r.pageCount).toBe(1);
      const doc = r.document;
      if (doc.kind !== 'table') throw new Error('not a table');
      expect(rowsInOrder(doc.model).map((row) => row.cells.flat().join(''))).toEqual([
        '本年度无记录',
      ]);
    }
  });

  it('keeps every register, each one page, for a union with no records at all', () => {
    const none = yearPack({
      data: { ...ledgerData({}), profile: null },
      period: YEAR,
      year: 2026,
      madeOn: '2026-12-01',
    });
    expect(none.cover.unionName).toBe('本会');
    expect(none.registers.filter((r) => !r.empty).map((r) => r.label)).toEqual([
      '年度统计',
      '台账检查清单',
    ]);
    expect(labels(none)).toContain('教代会（代表名册、提案登记表）');
    expect(none.registers.every((r) => r.pageCount >= 1)).toBe(true);
  });
});
