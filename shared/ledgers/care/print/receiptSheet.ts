/**
 * 实名发放签领表 (LEDGERS.md §2): header 工会名称·事由·日期·标准; 序号 姓名 部门 物品/金额 数量
 * 本人签名 日期; 合计; 经手人 证明人 主席 lines. Names grouped by department or union group
 * (in the managed list's order), by surname strokes within a group. A receipt already
 * keyed prints in the signature cell (「代领：李强」, 「补签」) so a re-print shows what is done.
 */
import { formatCents, formatCentsAmount } from '../../../core/money/money';
import { formatChineseDate } from '../../../core/text/dates';
import { compareByStrokes } from '../../../core/text/nameOrder';
import type { Campaign, CareVisit, Distribution, DistributionRecipient } from '../rules/records';
import { CARE_REASON_LABELS, visiteeCents } from '../rules/records';
import {
  buildCareSheet,
  type CareSheetColumn,
  type CareSheetModel,
  type CareSheetSection,
} from './careSheet';

export type ReceiptGroupBy = 'none' | 'department' | 'unionGroup';

export const RECEIPT_SIGNATURE = ['经手人：', '证明人：', '主席：'];

export interface ReceiptSheetOptions {
  groupBy: ReceiptGroupBy;
  /** Department / union-group names in the managed list's order. */
  groupOrder?: readonly string[];
  /** Print receipts already keyed in the signature cell. Default true. */
  showKeyed: boolean;
}

export const DEFAULT_RECEIPT_OPTIONS: ReceiptSheetOptions = {
  groupBy: 'department',
  showKeyed: true,
};

const COLUMNS: CareSheetColumn[] = [
  { key: 'seq', label: '序号', widthMm: 12, align: 'center' },
  { key: 'name', label: '姓名', widthMm: 24, align: 'center' },
  { key: 'department', label: '部门', widthMm: 30 },
  { key: 'item', label: '物品/金额', widthMm: 36 },
  { key: 'quantity', label: '数量', widthMm: 15, align: 'center' },
  { key: 'signature', label: '本人签名', widthMm: 38, align: 'center' },
  { key: 'date', label: '日期', widthMm: 20, align: 'center' },
];

interface Person {
  name: string;
  department: string;
  unionGroup: string;
  cells: (seq: number) => string[];
}

/** A campaign's sheet: what each received takes more room; visits have no 数量. */
const CAMPAIGN_COLUMNS: CareSheetColumn[] = [
  { key: 'seq', label: '序号', widthMm: 11, align: 'center' },
  { key: 'name', label: '姓名', widthMm: 26, align: 'center' },
  { key: 'department', label: '部门', widthMm: 26 },
  { key: 'item', label: '物品/金额', widthMm: 56 },
  { key: 'signature', label: '本人签名', widthMm: 38, align: 'center' },
  { key: 'date', label: '日期', widthMm: 18, align: 'center' },
];

function grouped(people: readonly Person[], o: ReceiptSheetOptions): CareSheetSection[] {
  let seq = 0;
  const ordered = (list: readonly Person[]) =>
    [...list].sort((a, b) => compareByStrokes(a.name, b.name)).map((p) => p.cells(++seq));
  if (o.groupBy === 'none') return [{ heading: null, rows: ordered(people) }];
  const key = (p: Person) => (o.groupBy === 'department' ? p.department : p.unionGroup);
  const names = [...new Set(people.map(key))];
  const rank = (n: string) => {
    const i = o.groupOrder?.indexOf(n) ?? -1;
    return n === '' ? Number.MAX_SAFE_INTEGER : i < 0 ? Number.MAX_SAFE_INTEGER - 1 : i;
  };
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'zh-Hans-CN'));
  return names.map((n) => {
    const members = people.filter((p) => key(p) === n);
    const label = n || (o.groupBy === 'department' ? '未分部门' : '未分小组');
    return { heading: `${label}（${members.length}人）`, rows: ordered(members) };
  });
}

/**
 * The recipients in the order the 签领表 prints them (groups in the list's order, surname
 * strokes within): the receipt screen keys them in this order, line by line off the paper.
 */
export function recipientsInSheetOrder(
  recipients: readonly DistributionRecipient[],
  options: Partial<ReceiptSheetOptions> = {},
): DistributionRecipient[] {
  const o = { ...DEFAULT_RECEIPT_OPTIONS, ...options };
  const byRow = new Map<string, DistributionRecipient>();
  const people: Person[] = recipients.map((r) => ({
    name: r.name,
    department: r.department,
    unionGroup: r.unionGroup,
    cells: (seq) => {
      byRow.set(String(seq), r);
      return [String(seq)];
    },
  }));
  return grouped(people, o).flatMap((s) => s.rows.map((cells) => byRow.get(cells[0]!)!));
}

function keyedText(r: DistributionRecipient): string {
  if (r.receipt === '代领') return `代领：${r.proxyName ?? ''}`;
  if (r.receipt === '补签') return '补签';
  return '';
}

/** The 签领表 of one distribution. */
export function buildReceiptSheet(input: {
  unionName: string;
  distribution: Distribution;
  recipients: readonly DistributionRecipient[];
  options?: Partial<ReceiptSheetOptions>;
}): CareSheetModel {
  const o = { ...DEFAULT_RECEIPT_OPTIONS, ...input.options };
  const d = input.distribution;
  const itemText = `${d.item}（${formatCentsAmount(d.valueCents)}元）`;
  const people: Person[] = input.recipients.map((r) => ({
    name: r.name,
    department: r.department,
    unionGroup: r.unionGroup,
    cells: (seq) => [
      String(seq),
      r.name,
      o.groupBy === 'unionGroup' ? r.unionGroup : r.department,
      itemText,
      d.quantity,
      o.showKeyed ? keyedText(r) : '',
      o.showKeyed && r.receipt === '补签' && r.signedOn ? r.signedOn.slice(5) : '',
    ],
  }));
  const n = people.length;
  return buildCareSheet({
    unionName: input.unionName,
    title: `${d.occasion}${d.item}实名发放签领表`,
    info: [
      `事由：${d.occasion}`,
      `发放日期：${formatChineseDate(d.date)}`,
      `标准：每人${formatCents(d.valueCents)}`,
    ],
    columns: COLUMNS.map((c) =>
      c.key === 'department' && o.groupBy === 'unionGroup' ? { ...c, label: '工会小组' } : c,
    ),
    sections: grouped(people, o),
    total: ['合计', `${n}人`, '', formatCents(d.valueCents * n), '', '', ''],
    signatureParts: RECEIPT_SIGNATURE,
    orientation: 'portrait',
    rowMm: 10,
    cellPt: 11,
  });
}

/** A record of another ledger in a campaign: who received what, how much, when. */
export interface CampaignAidLine {
  memberId: string;
  name: string;
  what: string;
  cents: number;
  date: string;
}

/**
 * A campaign's one printout: every visitee of its visits and every recipient of its
 * distributions, with what each received, to sign; 合计 of the money.
 */
export function buildCampaignSheet(input: {
  unionName: string;
  campaign: Campaign;
  visits: readonly CareVisit[];
  distributions: readonly {
    distribution: Distribution;
    recipients: readonly DistributionRecipient[];
  }[];
  members: ReadonlyMap<string, { department: string | null; unionGroup: string | null }>;
  /** Other ledgers' records in the campaign (困难帮扶's 金秋助学 …), one line each. */
  aid?: readonly CampaignAidLine[];
  options?: Partial<ReceiptSheetOptions>;
}): CareSheetModel {
  const o = { ...DEFAULT_RECEIPT_OPTIONS, ...input.options };
  const people: Person[] = [];
  let cents = 0;
  for (const a of input.aid ?? []) {
    const m = input.members.get(a.memberId);
    cents += a.cents;
    people.push({
      name: a.name,
      department: m?.department ?? '',
      unionGroup: m?.unionGroup ?? '',
      cells: (seq) => [
        String(seq),
        a.name,
        o.groupBy === 'unionGroup' ? (m?.unionGroup ?? '') : (m?.department ?? ''),
        `${a.what}（${formatCentsAmount(a.cents)}元）`,
        '',
        a.date.slice(5),
      ],
    });
  }
  for (const v of input.visits)
    for (const x of v.visitees) {
      const m = input.members.get(x.memberId);
      const value = visiteeCents(x);
      cents += value;
      const what = [
        x.cashCents ? `现金${formatCentsAmount(x.cashCents)}元` : '',
        x.goods ? `${x.goods}（${formatCentsAmount(x.goodsCents)}元）` : '',
      ]
        .filter(Boolean)
        .join('，');
      people.push({
        name: x.name,
        department: m?.department ?? '',
        unionGroup: m?.unionGroup ?? '',
        cells: (seq) => [
          String(seq),
          x.relation === '本人' ? x.name : `${x.name}（${x.relation}）`,
          o.groupBy === 'unionGroup' ? (m?.unionGroup ?? '') : (m?.department ?? ''),
          what || CARE_REASON_LABELS[v.reason],
          '',
          v.date.slice(5),
        ],
      });
    }
  for (const { distribution: d, recipients } of input.distributions)
    for (const r of recipients) {
      cents += d.valueCents;
      people.push({
        name: r.name,
        department: r.department,
        unionGroup: r.unionGroup,
        cells: (seq) => [
          String(seq),
          r.name,
          o.groupBy === 'unionGroup' ? r.unionGroup : r.department,
          `${d.item}${d.quantity ? ` ${d.quantity}` : ''}（${formatCentsAmount(d.valueCents)}元）`,
          o.showKeyed ? keyedText(r) : '',
          d.date.slice(5),
        ],
      });
    }
  const c = input.campaign;
  return buildCareSheet({
    unionName: input.unionName,
    title: `${c.name}发放签领表`,
    info: [
      `活动批次：${c.name}`,
      `日期：${formatChineseDate(c.startDate)}${c.endDate ? `至${formatChineseDate(c.endDate)}` : ''}`,
      `共${people.length}人次`,
    ],
    columns: CAMPAIGN_COLUMNS.map((c) =>
      c.key === 'department' && o.groupBy === 'unionGroup' ? { ...c, label: '工会小组' } : c,
    ),
    sections: grouped(people, o),
    total: ['合计', `${people.length}人次`, '', formatCents(cents), '', ''],
    signatureParts: RECEIPT_SIGNATURE,
    orientation: 'portrait',
    rowMm: 10,
    cellPt: 11,
  });
}
