/**
 * 名册与名单: from a selection of members and the chair's options to a ready-to-draw list —
 * columns with widths in mm, cells already formatted (ID numbers and phones masked unless
 * asked) and rows placed on A4 pages by paginate(). The view (renderer/print/
 * RosterListView.tsx) only draws it; the Excel export reads the same columns (excelPlan).
 */
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { maskIdNumber, maskPhone } from '../../../core/ids/idNumber';
import type { Member, MemberStatus } from '../rules/member';
import { ROSTER_COLUMNS, type RosterColumnKind } from '../rules/rosterColumns';
import { birthDateOf, monthDayText, retirementDateOf } from '../rules/rosterLists';
import { textWidth } from '../../notices/print/noticeLayout';
import { groupMembers } from '../rules/grouping';
import { MEMBER_ORDER_LABELS, type GroupBy, type MemberOrder } from '../rules/ordering';
import {
  a4,
  contentWidthMm,
  paginate,
  type ListLayout,
  type ListPage,
  type ListSection,
  type Orientation,
  type PageGeometry,
  type PagePartHeights,
} from '../../../core/print/paginate';

export const ROSTER_LIST_KINDS = ['roster', 'birthdays', 'retirees', 'women'] as const;
export type RosterListKind = (typeof ROSTER_LIST_KINDS)[number];

export const ROSTER_LIST_LABELS: Record<RosterListKind, string> = {
  roster: '会员花名册',
  birthdays: '生日名单',
  retirees: '退休人员名单',
  women: '女职工名单',
};

/** A list column: a roster column, or one only lists have (生日, 退休日期, 签名). */
export interface ListColumnDef {
  key: string;
  label: string;
  kind: RosterColumnKind | 'signature';
  /** Width hint in characters (CJK counted double), as in ROSTER_COLUMNS. */
  width: number;
  value(m: Member): string | number | null;
}

const BIRTHDAY: ListColumnDef = {
  key: 'birthday',
  label: '生日',
  kind: 'text',
  width: 9,
  value: (m) => {
    const b = birthDateOf(m);
    return b ? monthDayText(b) : null;
  },
};
const RETIRED_ON: ListColumnDef = {
  key: 'retiredOn',
  label: '退休日期',
  kind: 'date',
  width: 12,
  value: retirementDateOf,
};
const SIGNATURE: ListColumnDef = {
  key: 'signature',
  label: '签名',
  kind: 'signature',
  width: 20,
  value: () => null,
};

/** Every column a list can print, in print order: roster columns with the list-only ones slotted in. */
export const LIST_COLUMNS: readonly ListColumnDef[] = [
  ...ROSTER_COLUMNS.flatMap((c): ListColumnDef[] =>
    c.key === 'birthDate' ? [c, BIRTHDAY] : c.key === 'statusDate' ? [c, RETIRED_ON] : [c],
  ),
  SIGNATURE,
];

/** Columns the chair can pick for a kind of list (redundant ones left out). */
export function columnChoices(kind: RosterListKind): ListColumnDef[] {
  const hidden: Record<RosterListKind, string[]> = {
    roster: ['retiredOn'],
    birthdays: ['retiredOn', 'status', 'statusDate'],
    retirees: ['status', 'statusDate'],
    women: ['retiredOn', 'gender', 'status', 'statusDate'],
  };
  return LIST_COLUMNS.filter((c) => !hidden[kind].includes(c.key));
}

export const DEFAULT_LIST_COLUMNS: Record<RosterListKind, readonly string[]> = {
  roster: [
    'name',
    'gender',
    'idNumber',
    'birthDate',
    'politicalStatus',
    'title',
    'department',
    'unionGroup',
    'phone',
    'joinDate',
  ],
  birthdays: ['name', 'gender', 'birthday', 'department', 'unionGroup', 'phone'],
  retirees: ['name', 'gender', 'birthDate', 'department', 'retiredOn', 'phone', 'notes'],
  women: ['name', 'birthDate', 'politicalStatus', 'title', 'department', 'unionGroup', 'phone'],
};

/** 'given' keeps the selection's own order: by birthday for 生日名单, by retirement date for 退休人员名单. */
export type ListOrder = MemberOrder | 'given';

export function listOrderLabels(kind: RosterListKind): Partial<Record<ListOrder, string>> {
  const given =
    kind === 'birthdays'
      ? { given: '按生日先后' }
      : kind === 'retirees'
        ? { given: '按退休先后' }
        : {};
  return { ...given, ...MEMBER_ORDER_LABELS };
}

export interface RosterListOptions {
  /** LIST_COLUMNS keys; printed after 序号 in LIST_COLUMNS order. 姓名 is always kept. */
  columns: readonly string[];
  order: ListOrder;
  groupBy: GroupBy;
  /** Department or union-group names in the managed list's order. */
  groupOrder?: readonly string[];
  /** Start every group on a new page. Default false. */
  groupNewPage: boolean;
  orientation: Orientation;
  /** Print whole ID numbers and phones (打印完整证件号和电话). Default false: masked. */
  fullNumbers: boolean;
}

export const DEFAULT_LIST_OPTIONS: RosterListOptions = {
  columns: DEFAULT_LIST_COLUMNS.roster,
  order: 'strokes',
  groupBy: 'none',
  groupNewPage: false,
  orientation: 'landscape',
  fullNumbers: false,
};

export interface RosterListInput {
  /** e.g. 「示例市实验中学工会会员花名册」 */
  title: string;
  unionName: string;
  /** 制表日期 */
  madeOn: IsoDate;
  /** A short line about the selection, e.g. 「会员状态：在职」; default none. */
  note?: string;
  /** The selection in its natural order (used by order 'given'). */
  members: readonly Member[];
  options?: Partial<RosterListOptions>;
}

export interface ListColumnSpec {
  key: string;
  label: string;
  widthMm: number;
  align: 'center' | 'left';
}

export interface RosterListRow {
  seq: number;
  memberId: string;
  /** One text per column of the model, already formatted and masked. */
  cells: string[];
}

/** Fixed heights (mm) of the parts of a list page; the view draws exactly these. */
export interface RosterListMetrics extends PagePartHeights {
  groupHeadingMm: number;
  rowMm: number;
  /** Font size of the cells before shrinking to fit. */
  cellPt: number;
}

export interface RosterListModel {
  title: string;
  unionName: string;
  /** 「2026年11月21日」 */
  madeOnText: string;
  note: string;
  orientation: Orientation;
  geometry: PageGeometry;
  metrics: RosterListMetrics;
  columns: ListColumnSpec[];
  pages: ListPage<RosterListRow>[];
  pageCount: number;
  /** 共 N 人 */
  count: number;
  groups: { label: string; count: number }[];
  warnings: string[];
}

/** Smallest row for a plain list, and for one with a 签名 column. */
export const MIN_LIST_ROW_MM = 8;
export const MIN_SIGN_LIST_ROW_MM = 10;
const SEQ_MM = 11;
const CELL_PT = 10.5;
const HEADER_PT = 11;
const MM_PER_PT = 25.4 / 72;
/** Cell padding left and right together, plus a little air. */
const CELL_PAD_MM = 3;
const MIN_COLUMN_MM = 9;
/** Long notes are shrunk by the view rather than taking the whole page. */
const MAX_COLUMN_MM = 45;
const MAX_TEXT_COLUMN_MM = 70;
const MIN_SIGNATURE_MM = 30;
const MAX_SIGNATURE_MM = 60;

/** The columns in print order for the chosen keys; 姓名 is always there. */
export function listColumnsFor(keys: readonly string[]): ListColumnDef[] {
  const want = new Set(keys);
  want.add('name');
  return LIST_COLUMNS.filter((c) => want.has(c.key));
}

const isFreeText = (c: ListColumnDef) => c.key === 'notes' || c.key === 'flags';

/** The width (mm) a column needs for its header and its longest cell, within sane bounds. */
function neededMm(def: ListColumnDef, index: number, rows: readonly (readonly string[])[]): number {
  if (def.kind === 'signature') return MIN_SIGNATURE_MM;
  let em = textWidth(def.label) * HEADER_PT;
  for (const r of rows) em = Math.max(em, textWidth(r[index] ?? '') * CELL_PT);
  const max = isFreeText(def) ? MAX_TEXT_COLUMN_MM : MAX_COLUMN_MM;
  return Math.min(max, Math.max(MIN_COLUMN_MM, em * MM_PER_PT + CELL_PAD_MM));
}

/**
 * Column widths (mm) filling `available`: each column as wide as its longest text, 签名
 * gets room to sign, and the rest shares what is left over or short in proportion.
 * `rows` are the cell texts, one array per member, aligned with `defs`.
 */
export function layoutListColumns(
  defs: readonly ListColumnDef[],
  rows: readonly (readonly string[])[],
  available: number,
  warnings: string[] = [],
): ListColumnSpec[] {
  const width = defs.map((c, i) => neededMm(c, i, rows));
  const sig = defs.findIndex((c) => c.kind === 'signature');
  let spare = available - SEQ_MM - width.reduce((s, w) => s + w, 0);
  if (spare > 0 && sig >= 0) {
    const add = Math.min(spare, MAX_SIGNATURE_MM - MIN_SIGNATURE_MM);
    width[sig] = MIN_SIGNATURE_MM + add;
    spare -= add;
  }
  const flexSum = width.reduce((s, w, i) => s + (i === sig ? 0 : w), 0);
  if (flexSum > 0 && Math.abs(spare) > 0.01) {
    // Grow or shrink the other columns in proportion; text that no longer fits is shrunk by the view.
    const factor = (flexSum + spare) / flexSum;
    if (factor < 0.85) warnings.push('所选的列较多，部分文字已缩小：建议横向打印或少选几列');
    for (let i = 0; i < width.length; i++) if (i !== sig) width[i] = width[i]! * factor;
  }
  return [
    { key: 'seq', label: '序号', widthMm: SEQ_MM, align: 'center' },
    ...defs.map((c, i): ListColumnSpec => ({
      key: c.key,
      label: c.label,
      widthMm: width[i]!,
      align: isFreeText(c) ? 'left' : 'center',
    })),
  ];
}

/** The text of one cell as printed: ID numbers 3301**********1234 and phones 138****5678 unless `full`. */
export function cellText(def: ListColumnDef, m: Member, full: boolean): string {
  const v = def.value(m);
  if (v === null || v === '') return '';
  const s = String(v);
  if (full) return s;
  if (def.kind === 'id') return maskIdNumber(s);
  if (def.kind === 'phone') return maskPhone(s);
  return s;
}

/** The members with ID numbers and phones masked, as exported when whole numbers were not asked for. */
export function withMaskedNumbers(members: readonly Member[]): Member[] {
  return members.map((m) => ({
    ...m,
    idNumber: m.idNumber ? maskIdNumber(m.idNumber) : m.idNumber,
    phone: m.phone ? maskPhone(m.phone) : m.phone,
  }));
}

/** Builds the printable list: selection order or ordering, grouping, masking, pages. */
export function buildRosterList(input: RosterListInput): RosterListModel {
  const o: RosterListOptions = { ...DEFAULT_LIST_OPTIONS, ...input.options };
  const warnings: string[] = [];
  const geometry = a4(o.orientation);
  const defs = listColumnsFor(o.columns);
  const hasSignature = defs.some((c) => c.kind === 'signature');
  const metrics: RosterListMetrics = {
    firstPageHeadMm: 24,
    laterPageHeadMm: 9,
    pageFootMm: 9,
    tableHeaderMm: 9,
    groupHeadingMm: 8,
    rowMm: hasSignature ? MIN_SIGN_LIST_ROW_MM : MIN_LIST_ROW_MM,
    cellPt: CELL_PT,
  };

  // 'given' orders by position in the selection: the roster order is replaced by that position.
  const given = o.order === 'given';
  const items = input.members.map((m, i) => ({
    ...m,
    rosterOrder: given ? i : m.rosterOrder,
    member: m,
  }));
  const groups = groupMembers(items, o.groupBy, {
    order: o.order === 'given' ? 'roster' : o.order,
    groupOrder: o.groupOrder,
  });
  let seq = 0;
  const sections: ListSection<RosterListRow>[] = groups.map((g) => ({
    heading: o.groupBy === 'none' ? null : `${g.label}（${g.members.length}人）`,
    rowMm: metrics.rowMm,
    rows: g.members.map((it): RosterListRow => ({
      seq: ++seq,
      memberId: it.member.id,
      cells: defs.map((d) => cellText(d, it.member, o.fullNumbers)),
    })),
  }));
  const cells = sections.flatMap((sec) => sec.rows.map((r) => r.cells));
  const columns = layoutListColumns(defs, cells, contentWidthMm(geometry), warnings);
  const layout: ListLayout = {
    geometry,
    firstPageHeadMm: metrics.firstPageHeadMm,
    laterPageHeadMm: metrics.laterPageHeadMm,
    pageFootMm: metrics.pageFootMm,
    tableHeaderMm: metrics.tableHeaderMm,
    groupHeadingMm: metrics.groupHeadingMm,
    blocks: 1,
    minRowsAfterHeading: 2,
    groupNewPage: o.groupNewPage && o.groupBy !== 'none',
  };
  const { pages, pageCount } = paginate(sections, layout);
  return {
    title: input.title,
    unionName: input.unionName,
    madeOnText: formatChineseDate(input.madeOn),
    note: input.note ?? '',
    orientation: o.orientation,
    geometry,
    metrics,
    columns,
    pages,
    pageCount,
    count: input.members.length,
    groups:
      o.groupBy === 'none' ? [] : groups.map((g) => ({ label: g.label, count: g.members.length })),
    warnings,
  };
}

/**
 * How a list's columns go to Excel through exportRosterXlsx (which knows roster columns
 * only): 生日 is written as the full 出生日期 (a real date), 退休日期 is the roster's 状态日期
 * under its own header (for a retiree they are the same date), 签名 is an empty column
 * appended at the end. Same columns, same order as on paper.
 */
export interface ExcelPlan {
  rosterKeys: string[];
  /** Header label in the roster export → header to show instead. */
  renameHeaders: Record<string, string>;
  /** Empty columns added at the right, with widths in characters. */
  appendColumns: { label: string; width: number }[];
}

export function excelPlan(keys: readonly string[]): ExcelPlan {
  const rosterKeys: string[] = [];
  const renameHeaders: Record<string, string> = {};
  const appendColumns: { label: string; width: number }[] = [];
  for (const c of listColumnsFor(keys)) {
    if (c.key === 'birthday') rosterKeys.push('birthDate');
    else if (c.key === 'retiredOn') {
      rosterKeys.push('statusDate');
      if (!keys.includes('statusDate')) renameHeaders['状态日期'] = c.label;
    } else if (c.kind === 'signature') appendColumns.push({ label: c.label, width: c.width });
    else rosterKeys.push(c.key);
  }
  return { rosterKeys: [...new Set(rosterKeys)], renameHeaders, appendColumns };
}

/** The list's default title, e.g. 「示例市实验中学工会会员花名册」, 「2026年12月过生日的会员名单」. */
export function defaultListTitle(
  kind: RosterListKind,
  ctx: { unitName: string; status?: MemberStatus | 'all'; year?: number; month?: number },
): string {
  const unit = ctx.unitName;
  switch (kind) {
    case 'roster':
      return !ctx.status || ctx.status === '在职' || ctx.status === 'all'
        ? `${unit}工会会员花名册`
        : `${unit}工会${ctx.status}会员名册`;
    case 'birthdays':
      return `${ctx.year ?? ''}年${ctx.month ?? ''}月过生日的会员名单`;
    case 'retirees':
      return `${unit}退休人员名单`;
    case 'women':
      return `${unit}女职工名单`;
  }
}

/** What the Excel file is called before the date: 「花名册」, 「12月生日名单」. */
export function listFileStem(kind: RosterListKind, month?: number): string {
  switch (kind) {
    case 'roster':
      return '花名册';
    case 'birthdays':
      return `${month ?? ''}月生日名单`;
    case 'retirees':
      return '退休人员名单';
    case 'women':
      return '女职工名单';
  }
}
