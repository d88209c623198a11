/**
 * 发文登记簿 for the year (issue 14 年度台账): every entry of the register dated in the period —
 * 序号 文号 日期 标题 — by 文号 then date; a notice kept without a 文号 shows 「（无文号）」.
 */
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { buildTableDoc, type TableDocModel } from '../../congress/print/tableDoc';
import type { DocumentRegisterEntry } from '../rules/documentNumber';

export function buildDocumentRegister(input: {
  unionName: string;
  periodLabel: string;
  documents: readonly DocumentRegisterEntry[];
  madeOn: IsoDate;
}): TableDocModel {
  const numbered = (d: DocumentRegisterEntry) => d.seq > 0 && d.number.trim() !== '';
  const sorted = [...input.documents].sort(
    (a, b) =>
      Number(numbered(b)) - Number(numbered(a)) ||
      a.year - b.year ||
      a.seq - b.seq ||
      a.date.localeCompare(b.date),
  );
  const withNumber = sorted.filter(numbered).length;
  return buildTableDoc({
    title: `${input.unionName}${input.periodLabel}发文登记簿`,
    infoLeft: `共 ${sorted.length} 件，其中有文号 ${withNumber} 件`,
    infoRight: `制表日期：${formatChineseDate(input.madeOn)}`,
    columns: [
      { key: 'seq', label: '序号', widthMm: 10 },
      { key: 'number', label: '文号', widthMm: 40 },
      { key: 'date', label: '日期', widthMm: 22 },
      { key: 'title', label: '标题', widthMm: 93, wrap: true },
    ],
    sections: [
      {
        heading: null,
        rows: sorted.map((d) => [numbered(d) ? d.number : '（无文号）', d.date, d.title]),
      },
    ],
    signatureParts: ['登记人：', '审核人：'],
  });
}
