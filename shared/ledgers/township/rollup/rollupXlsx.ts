import { writeFastXlsx } from '../../../core/excel/fastXlsx';
import { textCell, type Cell } from '../../../core/excel/writeSheet';
import type { SharedPeople } from './duplicates';
import type { Rollup } from './rollup';
import { unionCells } from './rollupPrint';

/*
 * 台账汇总 as one workbook: 汇总统计 (every figure: 台账, 项目, 合计, 单位, 工会数, 口径说明, 键,
 * then one column per union with its own value), 报送情况, 重复人员 (union names and counts,
 * never an ID number). Numbers are number cells, texts string cells (never formulas).
 */

const n = (v: number): Cell => ({ t: 'n', v });
const t = (v: string): Cell => textCell(v);
const cell = (v: number | string | undefined): Cell | null =>
  v === undefined ? null : typeof v === 'number' ? n(v) : t(v);

export function rollupXlsx(input: {
  title: string;
  rollup: Rollup;
  shared: readonly SharedPeople[];
}): Uint8Array {
  const { rollup } = input;
  const sent = rollup.unions.filter((u) => u.sent);
  const figureRows: (Cell | null)[][] = [
    [t(input.title)],
    [
      t('台账'),
      t('项目'),
      t('合计'),
      t('单位'),
      t('工会数'),
      t('口径说明'),
      t('键'),
      ...sent.map((u) => t(u.name)),
    ],
    [
      t('报送单位'),
      t('报送台账的工会'),
      n(rollup.sentCount),
      t('个'),
      null,
      t('本年度收到台账包的工会数'),
      t('unions.count'),
    ],
    ...rollup.figures.map((f) => [
      t(f.group),
      t(f.label),
      typeof f.value === 'number' ? n(f.value) : t(f.value),
      t(f.unit === '' ? '比率' : f.unit),
      n(f.parts.length),
      t(f.definition),
      t(f.key),
      ...sent.map((u) => cell(u.figures[f.key])),
    ]),
  ];
  const unionRows: (Cell | null)[][] = [
    [
      t('序号'),
      t('工会名称'),
      t('报送'),
      t('导出时间'),
      t('会员'),
      t('在职职工'),
      t('入会率'),
      t('活动'),
      t('文件'),
    ],
    ...rollup.unions.map((u, i) => [n(i + 1), ...unionCells(u).map(t), t(u.fileName ?? '')]),
  ];
  const sharedRows: (Cell | null)[][] = [
    [t('涉及的工会'), t('人数')],
    ...input.shared.map((g) => [t(g.unions.join('、')), n(g.count)]),
  ];
  return writeFastXlsx([
    {
      name: '汇总统计',
      rows: figureRows,
      widths: [10, 24, 14, 6, 8, 50, 28, ...sent.map(() => 14)],
      frozenRows: 2,
    },
    { name: '报送情况', rows: unionRows, widths: [6, 30, 8, 18, 8, 10, 10, 8, 36], frozenRows: 1 },
    { name: '重复人员', rows: sharedRows, widths: [60, 8], frozenRows: 1 },
  ]);
}

/** 「城关镇总工会2026年度台账汇总.xlsx」 */
export function rollupFileName(federationName: string, year: number): string {
  const name = federationName.replace(/[\\/:*?"<>|]/g, '').trim() || '总工会';
  return `${name}${year}年度台账汇总.xlsx`;
}
