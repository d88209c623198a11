/**
 * 困难职工帮扶台账 for a year (or any period): every assistance record dated in it, oldest
 * first, on A4 landscape pages with the header row on each page, a 合计 row at the end, the
 * 经办人 / 审核人 / 工会主席 line and 「第 X 页 共 Y 页」 at every foot. Pure: records and the
 * members' facts in, ready-to-draw pages out. No 身份证号 or phone is printed.
 */
import { formatCentsAmount } from '../../../core/money/money';
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { a4, paginate } from '../../../core/print/paginate';
import type { RuledTable, RuledTableColumn, RuledTableRow } from '../../../core/print/ruledTable';
import type { HardshipAssistance, HardshipFile } from '../rules/hardship';

export interface AssistanceLedgerInput {
  unionName: string;
  from: IsoDate;
  to: IsoDate;
  /** Records of any dates; those in [from, to] are printed. */
  records: readonly HardshipAssistance[];
  files: readonly HardshipFile[];
  /** memberId → 姓名, 部门 */
  people: ReadonlyMap<string, { name: string; department: string | null }>;
  madeOn: IsoDate;
}

export type LedgerColumn = RuledTableColumn;
export type LedgerRow = RuledTableRow;

/** Title 「示例中学工会2026年困难职工帮扶台账」, infoText 「统计期：…至…」, A4 landscape. */
export interface AssistanceLedgerModel extends RuledTable {
  orientation: 'landscape';
  count: number;
  totalCents: number;
  /** 「合计：6次，受帮扶职工2人，金额8,100.00元」 */
  totalText: string;
}

/** A4 landscape: 297 − 35 = 262 mm between the margins. */
const COLUMNS: readonly LedgerColumn[] = [
  { key: 'seq', label: '序号', widthMm: 12 },
  { key: 'date', label: '日期', widthMm: 24 },
  { key: 'name', label: '姓名', widthMm: 20 },
  { key: 'department', label: '部门', widthMm: 24 },
  { key: 'tier', label: '困难类别', widthMm: 20 },
  { key: 'kind', label: '帮扶形式', widthMm: 20 },
  { key: 'amount', label: '金额（元）', widthMm: 24, align: 'right' },
  { key: 'source', label: '资金来源', widthMm: 18 },
  { key: 'via', label: '经本会账户', widthMm: 20 },
  { key: 'superior', label: '上级申请', widthMm: 40 },
  { key: 'notes', label: '说明', widthMm: 40, align: 'left' },
];

const METRICS = {
  firstPageHeadMm: 24,
  laterPageHeadMm: 9,
  pageFootMm: 16,
  tableHeaderMm: 9,
  rowMm: 8,
  cellPt: 10,
};

export const LEDGER_SIGNATURE_PARTS = ['经办人：', '审核人：', '工会主席：'] as const;

/** 「3月28日申请，已批准」; the year only when it differs from the record's. */
function superiorCell(a: HardshipAssistance): string {
  if (!a.superiorAppliedOn) return '';
  const r = a.superiorApproved === null ? '待批' : a.superiorApproved ? '已批准' : '未批准';
  const d = formatChineseDate(a.superiorAppliedOn);
  return `${a.superiorAppliedOn.slice(0, 4) === a.date.slice(0, 4) ? d.slice(5) : d}申请，${r}`;
}

function notesCell(a: HardshipAssistance): string {
  if (a.kind !== '金秋助学' || !a.student) return a.notes;
  const child = [a.student.childName, a.student.school, a.student.grade]
    .filter((s) => s)
    .join('，');
  return a.notes && a.notes !== '金秋助学' ? `${child}；${a.notes}` : child;
}

export function assistanceLedgerTitle(unionName: string, from: IsoDate, to: IsoDate): string {
  const union = unionName.trim().replace(/工会委员会$/, '工会');
  const wholeYear =
    from.slice(0, 4) === to.slice(0, 4) && from.endsWith('-01-01') && to.endsWith('-12-31');
  return wholeYear ? `${union}${from.slice(0, 4)}年困难职工帮扶台账` : `${union}困难职工帮扶台账`;
}

export function buildAssistanceLedger(input: AssistanceLedgerInput): AssistanceLedgerModel {
  const geometry = a4('landscape');
  const tiers = new Map(input.files.map((f) => [f.id, f.tier]));
  const records = input.records
    .filter((a) => a.date >= input.from && a.date <= input.to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const rows: LedgerRow[] = records.map((a, i) => {
    const p = input.people.get(a.memberId);
    return {
      seq: i + 1,
      recordId: a.id,
      cells: [
        a.date,
        p?.name ?? '',
        p?.department ?? '',
        tiers.get(a.fileId) ?? '',
        a.kind,
        formatCentsAmount(a.amountCents),
        a.source,
        a.viaUnionAccount ? '是' : '否',
        superiorCell(a),
        notesCell(a),
      ],
    };
  });
  const totalCents = records.reduce((s, a) => s + a.amountCents, 0);
  const people = new Set(records.map((a) => a.memberId)).size;
  rows.push({
    seq: 0,
    recordId: null,
    cells: [
      '合计',
      '',
      '',
      '',
      `${records.length}次`,
      formatCentsAmount(totalCents),
      '',
      '',
      '',
      `受帮扶职工${people}人`,
    ],
  });
  const laid = paginate([{ heading: null, rows, rowMm: METRICS.rowMm }], {
    geometry,
    firstPageHeadMm: METRICS.firstPageHeadMm,
    laterPageHeadMm: METRICS.laterPageHeadMm,
    pageFootMm: METRICS.pageFootMm,
    tableHeaderMm: METRICS.tableHeaderMm,
    groupHeadingMm: 0,
    blocks: 1,
    minRowsAfterHeading: 1,
    groupNewPage: false,
  });
  return {
    title: assistanceLedgerTitle(input.unionName, input.from, input.to),
    infoText: `统计期：${formatChineseDate(input.from)}至${formatChineseDate(input.to)}`,
    madeOnText: formatChineseDate(input.madeOn),
    orientation: 'landscape',
    geometry,
    metrics: METRICS,
    columns: [...COLUMNS],
    pages: laid.pages,
    pageCount: laid.pageCount,
    count: records.length,
    totalCents,
    totalText: `合计：${records.length}次，受帮扶职工${people}人，金额${formatCentsAmount(totalCents)}元`,
    signatureParts: LEDGER_SIGNATURE_PARTS,
  };
}
