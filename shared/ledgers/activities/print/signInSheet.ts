/**
 * 签到表: from members, a leave list and the chair's options to a ready-to-draw model —
 * columns with widths in mm and rows already placed on pages (see paginate.ts). The view
 * (renderer/print/SignInSheetView.tsx) only draws it.
 */
import type { GroupBy, MemberOrder } from '../../roster/rules/ordering';
import { signInGroups, type SignInPerson } from '../rules/signInOrder';
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

export const SIGN_IN_COLUMNS = [
  'seq',
  'name',
  'gender',
  'department',
  'unionGroup',
  'signature',
  'remark',
] as const;
export type SignInColumnKey = (typeof SIGN_IN_COLUMNS)[number];

export const SIGN_IN_COLUMN_LABELS: Record<SignInColumnKey, string> = {
  seq: '序号',
  name: '姓名',
  gender: '性别',
  department: '部门',
  unionGroup: '工会小组',
  signature: '签名',
  remark: '备注',
};

export interface LeaveEntry {
  /** Links the entry to a member so that member is not also listed for signing. */
  memberId?: string;
  name: string;
  /** 事由, e.g. 「病假」「外出培训」 */
  reason: string;
  department?: string | null;
}

export interface SignInSheetOptions {
  /** Columns in print order; 姓名 and 签名 are always kept. Default 序号/姓名/部门/签名/备注. */
  columns: SignInColumnKey[];
  order: MemberOrder;
  groupBy: GroupBy;
  /** Department or union-group names in the managed list's order. */
  groupOrder?: readonly string[];
  /** Start every group on a new page. Default false. */
  groupNewPage: boolean;
  /** Name blocks side by side on a page. Default 1. */
  blocks: 1 | 2;
  /** Blank numbered rows at the end for walk-ins (现场补签). Default 5. */
  walkInRows: number;
  /**
   * 'below': the leave list is printed after the names and those members are not listed
   * for signing; 'omit': no leave list, members on leave get 「请假」 in 备注.
   */
  leaveList: 'below' | 'omit';
  orientation: Orientation;
  /** Label of the line signed at the foot of every page, e.g. 「负责人」; null for none. */
  personInCharge: string | null;
  /** Row height in mm, at least 10 so a name can be signed. Default 10. */
  rowHeightMm: number;
}

export const DEFAULT_SIGN_IN_OPTIONS: SignInSheetOptions = {
  columns: ['seq', 'name', 'department', 'signature', 'remark'],
  order: 'strokes',
  groupBy: 'none',
  groupNewPage: false,
  blocks: 1,
  walkInRows: 5,
  leaveList: 'below',
  orientation: 'portrait',
  personInCharge: '负责人',
  rowHeightMm: 10,
};

/** Smallest row a person can sign in. */
export const MIN_SIGN_ROW_MM = 10;
/** Narrowest 签名 cell a signature fits in. */
export const MIN_SIGNATURE_MM = 30;

export interface SignInSheetInput {
  /** e.g. 「2026年教职工大会签到表」 */
  title: string;
  /** e.g. 「2026年11月21日 下午3:00」 */
  dateText: string;
  place: string;
  unionName: string;
  /** Members, and guests marked isGuest (printed last, see signInOrder.ts). */
  members: readonly SignInPerson[];
  leave?: readonly LeaveEntry[];
  options?: Partial<SignInSheetOptions>;
}

export type SignInRow =
  | {
      kind: 'member';
      seq: number;
      memberId: string;
      name: string;
      gender: string;
      department: string;
      unionGroup: string;
      remark: string;
    }
  | { kind: 'blank'; seq: number }
  | { kind: 'leave'; seq: number; name: string; department: string; reason: string };

export interface SignInColumnSpec {
  key: SignInColumnKey;
  label: string;
  widthMm: number;
}

/** Fixed heights (mm) of the parts of a sheet page; the view draws exactly these. */
export interface SignInSheetMetrics extends PagePartHeights {
  groupHeadingMm: number;
  rowMm: number;
  leaveRowMm: number;
  blockGapMm: number;
  blockWidthMm: number;
}

export interface SignInSheetModel {
  title: string;
  unionName: string;
  dateText: string;
  place: string;
  orientation: Orientation;
  geometry: PageGeometry;
  blocks: 1 | 2;
  metrics: SignInSheetMetrics;
  columns: SignInColumnSpec[];
  pages: ListPage<SignInRow>[];
  pageCount: number;
  personInCharge: string | null;
  counts: { members: number; leave: number; walkIn: number };
  /** Things the chair should know before printing (narrow signature cells…). */
  warnings: string[];
}

const BASE_WIDTH: Record<SignInColumnKey, number> = {
  seq: 11,
  name: 24,
  gender: 10,
  department: 28,
  unionGroup: 26,
  signature: MIN_SIGNATURE_MM,
  remark: 20,
};
const MIN_WIDTH: Record<SignInColumnKey, number> = {
  seq: 8,
  name: 18,
  gender: 8,
  department: 16,
  unionGroup: 16,
  signature: MIN_SIGNATURE_MM,
  remark: 10,
};
/** A signature cell wider than this only wastes paper; the rest goes to 备注 or 部门. */
const MAX_SIGNATURE_MM = 70;

/** Column widths for a block `blockWidth` mm wide; warns when 签名 ends up too narrow. */
export function layoutColumns(
  keys: readonly SignInColumnKey[],
  blockWidth: number,
  warnings: string[] = [],
): SignInColumnSpec[] {
  // Keep the chair's column order but make sure 姓名 and 签名 are present.
  const cols = [...new Set(keys)];
  if (!cols.includes('name')) cols.splice(cols[0] === 'seq' ? 1 : 0, 0, 'name');
  if (!cols.includes('signature')) cols.push('signature');
  const others = cols.filter((k) => k !== 'signature');
  const width: Record<string, number> = Object.fromEntries(others.map((k) => [k, BASE_WIDTH[k]]));
  const sumOthers = () => others.reduce((s, k) => s + (width[k] ?? 0), 0);
  let signature = blockWidth - sumOthers();
  if (signature < MIN_SIGNATURE_MM) {
    // Shrink the other columns toward their minimum, each by the same share of its slack.
    const slack = others.reduce((s, k) => s + BASE_WIDTH[k] - MIN_WIDTH[k], 0);
    const cut = Math.min(MIN_SIGNATURE_MM - signature, slack);
    for (const k of others)
      width[k] = BASE_WIDTH[k] - (slack ? (cut * (BASE_WIDTH[k] - MIN_WIDTH[k])) / slack : 0);
    signature = blockWidth - sumOthers();
    if (signature < MIN_SIGNATURE_MM - 0.01) {
      warnings.push(
        `签名栏只有 ${signature.toFixed(0)} 毫米宽，不够签字：请减少列、改为一栏或横向打印`,
      );
    }
  } else if (signature > MAX_SIGNATURE_MM) {
    const extra = signature - MAX_SIGNATURE_MM;
    const taker = (['remark', 'department', 'unionGroup', 'name'] as const).find((k) =>
      others.includes(k),
    );
    if (taker) {
      width[taker] = (width[taker] ?? 0) + extra;
      signature = MAX_SIGNATURE_MM;
    }
  }
  return cols.map((key) => ({
    key,
    label: SIGN_IN_COLUMN_LABELS[key],
    widthMm: key === 'signature' ? signature : (width[key] ?? 0),
  }));
}

/** Builds the printable sign-in sheet: ordering, grouping, leave list, walk-in rows, pages. */
export function buildSignInSheet(input: SignInSheetInput): SignInSheetModel {
  const o: SignInSheetOptions = { ...DEFAULT_SIGN_IN_OPTIONS, ...input.options };
  const warnings: string[] = [];
  const rowMm = Math.max(MIN_SIGN_ROW_MM, o.rowHeightMm);
  if (o.rowHeightMm < MIN_SIGN_ROW_MM)
    warnings.push(`行高至少 ${MIN_SIGN_ROW_MM} 毫米才能签字，已按 ${MIN_SIGN_ROW_MM} 毫米排版`);
  const geometry = a4(o.orientation);
  const blockGapMm = o.blocks === 2 ? 6 : 0;
  const blockWidthMm = (contentWidthMm(geometry) - blockGapMm * (o.blocks - 1)) / o.blocks;
  const metrics: SignInSheetMetrics = {
    firstPageHeadMm: 30,
    laterPageHeadMm: 11,
    pageFootMm: 13,
    tableHeaderMm: 9,
    groupHeadingMm: 8,
    rowMm,
    leaveRowMm: 8,
    blockGapMm,
    blockWidthMm,
  };
  const columns = layoutColumns(o.columns, blockWidthMm, warnings);

  const leave = input.leave ?? [];
  const leaveIds = new Set(leave.flatMap((l) => (l.memberId ? [l.memberId] : [])));
  const signing =
    o.leaveList === 'below' ? input.members.filter((m) => !leaveIds.has(m.id)) : input.members;

  let seq = 0;
  const sections: ListSection<SignInRow>[] = signInGroups(signing, {
    groupBy: o.groupBy,
    order: o.order,
    groupOrder: o.groupOrder,
  }).map((g) => ({
    heading: o.groupBy === 'none' ? null : `${g.label}（${g.members.length}人）`,
    rowMm,
    rows: g.members.map((m): SignInRow => ({
      kind: 'member',
      seq: ++seq,
      memberId: m.id,
      name: m.name,
      gender: m.gender ?? '',
      department: m.department ?? '',
      unionGroup: m.unionGroup ?? '',
      remark: leaveIds.has(m.id) ? '请假' : '',
    })),
  }));
  let walkIn = Math.max(0, Math.floor(o.walkInRows));
  const walkInSection = sections.length;
  sections.push({
    heading: null,
    rowMm,
    newPage: false,
    rows: Array.from({ length: walkIn }, (): SignInRow => ({ kind: 'blank', seq: ++seq })),
  });
  if (o.leaveList === 'below' && leave.length > 0) {
    sections.push({
      heading: `请假人员（${leave.length}人）`,
      newPage: false,
      rowMm: metrics.leaveRowMm,
      rows: leave.map((l, i): SignInRow => {
        const member = l.memberId ? input.members.find((m) => m.id === l.memberId) : undefined;
        return {
          kind: 'leave',
          seq: i + 1,
          name: l.name,
          department: l.department ?? member?.department ?? '',
          reason: l.reason,
        };
      }),
    });
  }

  const layout: ListLayout = {
    geometry,
    firstPageHeadMm: metrics.firstPageHeadMm,
    laterPageHeadMm: metrics.laterPageHeadMm,
    pageFootMm: metrics.pageFootMm,
    tableHeaderMm: metrics.tableHeaderMm,
    groupHeadingMm: metrics.groupHeadingMm,
    blocks: o.blocks,
    minRowsAfterHeading: 2,
    groupNewPage: o.groupNewPage && o.groupBy !== 'none',
  };
  let { pages, pageCount } = paginate(sections, layout);
  // Blank rows for walk-ins never take a sheet of paper of their own: keep only those
  // that fit after the last name.
  const lastRows = pages[pages.length - 1]!.blocks.flatMap((b) =>
    b.entries.filter((e) => e.kind === 'row'),
  );
  const onlyBlanks =
    lastRows.length > 0 &&
    lastRows.every((e) => e.kind === 'row' && (e.row as SignInRow).kind === 'blank');
  if (pages.length > 1 && onlyBlanks) {
    const asked = walkIn;
    walkIn -= lastRows.length;
    warnings.push(
      `现场补签空行只打印 ${walkIn} 行（设置为 ${asked} 行）：其余 ${asked - walkIn} 行会单独占一页纸。需要那一页时，可在最后一页下方手写，或选“横向打印”/减少分组换页`,
    );
    const section = sections[walkInSection]!;
    sections[walkInSection] = { ...section, rows: section.rows.slice(0, walkIn) };
    ({ pages, pageCount } = paginate(sections, layout));
  }
  return {
    title: input.title,
    unionName: input.unionName,
    dateText: input.dateText,
    place: input.place,
    orientation: o.orientation,
    geometry,
    blocks: o.blocks,
    metrics,
    columns,
    pages,
    pageCount,
    personInCharge: o.personInCharge,
    counts: { members: signing.length, leave: o.leaveList === 'below' ? leave.length : 0, walkIn },
    warnings,
  };
}

/** 「第 X 页 共 Y 页」 */
export function pageOfText(page: number, count: number): string {
  return `第 ${page} 页 共 ${count} 页`;
}
