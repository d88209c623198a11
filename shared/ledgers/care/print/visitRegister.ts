/**
 * 慰问登记表 for a period (LEDGERS.md §2): every visitee of every visit in date order, A4
 * landscape — 序号 日期 事由 慰问对象 会员 部门 慰问人 现金 物品 物品价值 经费来源; 合计 of
 * 现金 and 物品价值 with the counts (次, 人次); 制表人 审核人 at the foot.
 */
import { formatCentsAmount } from '../../../core/money/money';
import { formatChineseDate } from '../../../core/text/dates';
import type { CareVisit } from '../rules/records';
import { CARE_REASON_LABELS } from '../rules/records';
import { buildCareSheet, type CareSheetColumn, type CareSheetModel } from './careSheet';

const COLUMNS: CareSheetColumn[] = [
  { key: 'seq', label: '序号', widthMm: 10, align: 'center' },
  { key: 'date', label: '日期', widthMm: 22, align: 'center' },
  { key: 'reason', label: '事由', widthMm: 26 },
  { key: 'visitee', label: '慰问对象', widthMm: 30 },
  { key: 'member', label: '会员', widthMm: 18, align: 'center' },
  { key: 'department', label: '部门', widthMm: 24 },
  { key: 'visitors', label: '慰问人', widthMm: 34 },
  { key: 'cash', label: '现金（元）', widthMm: 20, align: 'right' },
  { key: 'goods', label: '物品', widthMm: 34 },
  { key: 'goodsValue', label: '物品价值（元）', widthMm: 25, align: 'right' },
  { key: 'fund', label: '经费来源', widthMm: 23, align: 'center' },
];

export function buildVisitRegister(input: {
  unionName: string;
  from: string;
  to: string;
  visits: readonly CareVisit[];
  members: ReadonlyMap<string, { name: string; department: string | null }>;
  /** Default: 「2026年慰问登记表」 for a calendar year, else 「慰问登记表」. */
  title?: string;
}): CareSheetModel {
  const visits = [...input.visits]
    .filter((v) => v.date >= input.from && v.date <= input.to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  let seq = 0;
  let cash = 0;
  let goods = 0;
  const rows: string[][] = [];
  for (const v of visits)
    for (const x of v.visitees) {
      const m = input.members.get(x.memberId);
      cash += x.cashCents;
      goods += x.goodsCents;
      const reason =
        v.reason === '节日' && v.festival
          ? `节日（${v.festival}）`
          : v.reason === '生病住院' && v.surgery
            ? '生病住院（手术）'
            : CARE_REASON_LABELS[v.reason];
      rows.push([
        String(++seq),
        v.date,
        reason,
        x.relation === '本人' ? x.name : `${x.name}（${x.relation}）`,
        m?.name ?? '',
        m?.department ?? '',
        v.visitors.map((p) => p.name).join('、'),
        x.cashCents ? formatCentsAmount(x.cashCents) : '',
        x.goods,
        x.goodsCents ? formatCentsAmount(x.goodsCents) : '',
        v.fundSource,
      ]);
    }
  const year = input.from.slice(0, 4);
  const wholeYear = input.from.endsWith('-01-01') && input.to === `${year}-12-31`;
  return buildCareSheet({
    unionName: input.unionName,
    title: input.title ?? (wholeYear ? `${year}年慰问登记表` : '慰问登记表'),
    info: [
      `统计期：${formatChineseDate(input.from)}至${formatChineseDate(input.to)}`,
      `慰问${visits.length}次，${rows.length}人次`,
      `合计${formatCentsAmount(cash + goods)}元`,
    ],
    columns: COLUMNS,
    sections: [{ heading: null, rows }],
    total: [
      '合计',
      '',
      `${visits.length}次`,
      `${rows.length}人次`,
      '',
      '',
      '',
      formatCentsAmount(cash),
      '',
      formatCentsAmount(goods),
      '',
    ],
    signatureParts: ['制表人：', '审核人：', '（工会盖章）'],
    orientation: 'landscape',
    rowMm: 8,
    cellPt: 9.5,
  });
}
