/**
 * 表彰登记 for the year (issue 14 年度台账): 序号 年度 类型 获奖者 称号 级别 授予单位, in the
 * order the honours page lists them (higher level first, then 获奖者), on the congress pack's
 * ruled table model.
 */
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { buildTableDoc, type TableDocModel } from '../../congress/print/tableDoc';
import type { Honour } from '../rules/honours';

export function buildHonourRegister(input: {
  unionName: string;
  periodLabel: string;
  honours: readonly Honour[];
  madeOn: IsoDate;
}): TableDocModel {
  const sorted = [...input.honours].sort(
    (a, b) =>
      a.year - b.year ||
      a.kind.localeCompare(b.kind, 'zh') ||
      a.recipient.localeCompare(b.recipient, 'zh'),
  );
  const people = sorted.filter((h) => h.kind === '个人').length;
  return buildTableDoc({
    title: `${input.unionName}${input.periodLabel}表彰登记表`,
    infoLeft: `共 ${sorted.length} 项：个人 ${people} 项，集体 ${sorted.length - people} 项`,
    infoRight: `制表日期：${formatChineseDate(input.madeOn)}`,
    columns: [
      { key: 'seq', label: '序号', widthMm: 10 },
      { key: 'year', label: '年度', widthMm: 13 },
      { key: 'kind', label: '类型', widthMm: 12 },
      { key: 'recipient', label: '获奖者', widthMm: 28, wrap: true },
      { key: 'title', label: '称号', widthMm: 40, wrap: true },
      { key: 'level', label: '级别', widthMm: 20 },
      { key: 'body', label: '授予单位', widthMm: 42, wrap: true },
    ],
    sections: [
      {
        heading: null,
        rows: sorted.map((h) => [String(h.year), h.kind, h.recipient, h.title, h.level, h.body]),
      },
    ],
    signatureParts: ['制表人：', '审核人：'],
  });
}
