import { describe, expect, it } from 'vitest';
import type { AffiliatedUnion, UnionPackage } from '../rules/rows';
import { rollUp, type FigureInfo } from './rollup';
import { buildRollupPrint, unionCells } from './rollupPrint';

const CATALOG: FigureInfo[] = [
  { key: 'members.total', group: '会员台账', label: '会员总数', unit: '人', definition: '会员' },
  { key: 'funds.income', group: '会费经费台账', label: '经费收入', unit: '元', definition: '收入' },
  { key: 'honours.count', group: '表彰', label: '获得表彰', unit: '项', definition: '表彰' },
];

const union = (id: string, name: string) => ({ id, name, code: '' }) as AffiliatedUnion;

function pkg(i: number): UnionPackage {
  return {
    id: `p${i}`,
    unionKey: `id:${i}`,
    unionName: `第${i}工会`,
    affiliatedUnionId: `a${i}`,
    year: 2026,
    fileName: `${i}.xlsx`,
    checksum: String(i),
    exportedAt: '2026-11-20T09:00:00.000Z',
    importedAt: '2026-11-21T09:00:00.000Z',
    figures: {
      'members.total': 10,
      'funds.income': '1.00',
      'funds.incomeByCategory.会费收入': '1.00',
    },
    personKeys: [],
  };
}

describe('the roll-up printout', () => {
  it('lists a map’s categories right after their total, and every union on pages of its own', () => {
    const unions = Array.from({ length: 60 }, (_, i) => union(`a${i}`, `第${i}工会`));
    const packages = Array.from({ length: 50 }, (_, i) => pkg(i));
    const rollup = rollUp(2026, packages, unions, CATALOG);
    expect(rollup.figures.map((f) => f.key)).toEqual([
      'members.total',
      'funds.income',
      'funds.incomeByCategory.会费收入',
      'honours.count',
    ]);
    const print = buildRollupPrint({
      title: '城关镇总工会2026年度台账汇总',
      federationName: '城关镇总工会',
      madeOn: '2026-12-01',
      rollup,
    });
    const texts = print.pages.flatMap((p) =>
      p.entries.map((e) => (e.kind === 'heading' ? e.label : e.row.cells.join('|'))),
    );
    expect(texts).toContain('2|会员总数|500 人|50|会员');
    expect(texts).toContain(
      '4|经费收入：会费收入|50.00 元|50|各工会统计期内科目为“会费收入”的经费收入之和',
    );
    expect(texts).toContain('报送情况（已报送 50 个，未报送 10 个）');
    // 60 union rows of 8 mm take three A4 pages: the table goes on, header repeated.
    const unionPages = print.pages.filter((p) => p.columns[1]!.label === '工会名称');
    expect(unionPages.length).toBe(3);
    expect(print.pageCount).toBe(print.pages.length);
    expect(unionCells(rollup.unions[59]!)).toEqual(['第59工会', '未报送', '', '', '', '', '']);
  });
});
