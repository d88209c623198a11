/**
 * 工会委员会名单: the officers in office on the print date, from data to ready-to-draw A4
 * portrait pages, as the roster lists are (shared/ledgers/roster/print/rosterList.ts).
 * Pure: officers, the roster facts of the members among them and the profile's term in,
 * columns in mm, formatted cells and pages (paginate()) out. The view is
 * renderer/print/CommitteeRollView.tsx.
 */
import { formatChineseDate, isIsoDate, type IsoDate } from '../../../core/text/dates';
import { compareByStrokes } from '../../../core/text/nameOrder';
import {
  a4,
  paginate,
  type ListLayout,
  type ListPage,
  type PageGeometry,
  type RuledSheetMetrics,
} from '../../../core/print/paginate';
import { isInOffice, officerRoleRank, type Officer } from '../rules/committee';

/** The roster facts the roll prints for an officer who is on the roster. */
export interface CommitteeRollPerson {
  gender: string | null;
  department: string | null;
}

export interface CommitteeRollInput {
  /** 工会名称, e.g. 「示例市实验中学工会」 */
  unionName: string;
  /** 届次 */
  termNumber: number;
  /** 任期 from the profile; '' when not filled in. */
  termStart: IsoDate | '';
  termEnd: IsoDate | '';
  /** 制表日期; those in office on this day are listed. */
  madeOn: IsoDate;
  /** The term's officers (any order; those not in office on madeOn are left out). */
  officers: readonly Officer[];
  /** memberId → roster facts (性别, 部门). */
  people: ReadonlyMap<string, CommitteeRollPerson>;
}

export interface CommitteeRollColumn {
  key: 'seq' | 'role' | 'name' | 'gender' | 'department' | 'startDate';
  label: string;
  widthMm: number;
}

export interface CommitteeRollRow {
  seq: number;
  officerId: string;
  /** One text per column after 序号: 职务, 姓名, 性别, 部门, 任职日期. */
  cells: string[];
}

export interface CommitteeRollModel {
  /** 「示例市实验中学工会第3届委员会名单」 */
  title: string;
  /** 「任期：2023年9月1日至2028年8月31日」 */
  termText: string;
  /** 「2026年12月1日」 */
  madeOnText: string;
  /** 「制表人：        审核人：        （工会盖章）」, at the foot of every page. */
  signatureText: string;
  /** The same line in its parts, each drawn with room to sign after it. */
  signatureParts: readonly string[];
  geometry: PageGeometry;
  metrics: RuledSheetMetrics;
  columns: CommitteeRollColumn[];
  pages: ListPage<CommitteeRollRow>[];
  pageCount: number;
  /** Rows printed (one person holding two offices is two rows). */
  count: number;
}

const SIGNATURE_PARTS = ['制表人：', '审核人：', '（工会盖章）'] as const;
export const COMMITTEE_ROLL_SIGNATURE = SIGNATURE_PARTS.join('        ');

/** Fixed widths on A4 portrait (175 mm between the margins). */
const COLUMNS: readonly CommitteeRollColumn[] = [
  { key: 'seq', label: '序号', widthMm: 13 },
  { key: 'role', label: '职务', widthMm: 40 },
  { key: 'name', label: '姓名', widthMm: 28 },
  { key: 'gender', label: '性别', widthMm: 16 },
  { key: 'department', label: '部门', widthMm: 45 },
  { key: 'startDate', label: '任职日期', widthMm: 33 },
];

const METRICS: RuledSheetMetrics = {
  firstPageHeadMm: 26,
  laterPageHeadMm: 9,
  pageFootMm: 16,
  tableHeaderMm: 10,
  rowMm: 10,
  cellPt: 11,
};

/**
 * Roll order: by office — 主席, 副主席, then the rest in OFFICER_ROLES order, offices the
 * chair typed last (alphabetically among themselves) — and by surname strokes within an office.
 */
export function compareRollOfficers(a: Officer, b: Officer): number {
  return (
    officerRoleRank(a.role) - officerRoleRank(b.role) ||
    (a.role === b.role ? 0 : a.role.localeCompare(b.role, 'zh-Hans-CN')) ||
    compareByStrokes(a.name, b.name)
  );
}

/** 「任期：2023年9月1日至2028年8月31日」; the parts not filled in are left as blanks (ideographic spaces) to write in. */
export function termText(start: IsoDate | '', end: IsoDate | ''): string {
  const part = (d: string) =>
    isIsoDate(d) ? formatChineseDate(d) : '\u3000\u3000年\u3000月\u3000日';
  return `任期：${part(start)}至${part(end)}`;
}

/**
 * 「示例市实验中学工会第3届委员会名单」. A union registered as 「…工会委员会」 is named
 * 「…工会」 here, so the title does not say 委员会 twice.
 */
export function committeeRollTitle(unionName: string, termNumber: number): string {
  const union = unionName.trim().replace(/工会委员会$/, '工会');
  return `${union}第${termNumber}届委员会名单`;
}

export function buildCommitteeRoll(input: CommitteeRollInput): CommitteeRollModel {
  const geometry = a4('portrait');
  const officers = input.officers
    .filter((o) => isInOffice(o, input.madeOn))
    .sort(compareRollOfficers);
  const rows = officers.map((o, i): CommitteeRollRow => {
    const p = o.memberId !== null ? input.people.get(o.memberId) : undefined;
    return {
      seq: i + 1,
      officerId: o.id,
      cells: [
        o.role,
        o.name,
        p?.gender ?? '',
        p?.department ?? '',
        o.startDate ? formatChineseDate(o.startDate) : '',
      ],
    };
  });
  const layout: ListLayout = {
    geometry,
    firstPageHeadMm: METRICS.firstPageHeadMm,
    laterPageHeadMm: METRICS.laterPageHeadMm,
    pageFootMm: METRICS.pageFootMm,
    tableHeaderMm: METRICS.tableHeaderMm,
    groupHeadingMm: 0,
    blocks: 1,
    minRowsAfterHeading: 1,
    groupNewPage: false,
  };
  const laid = paginate([{ heading: null, rows, rowMm: METRICS.rowMm }], layout);
  // No one in office still prints one page: the header and the signature line.
  const pages: ListPage<CommitteeRollRow>[] =
    laid.pages.length > 0 ? laid.pages : [{ number: 1, blocks: [{ entries: [] }] }];
  const pageCount = pages.length;
  return {
    title: committeeRollTitle(input.unionName, input.termNumber),
    termText: termText(input.termStart, input.termEnd),
    madeOnText: formatChineseDate(input.madeOn),
    signatureText: COMMITTEE_ROLL_SIGNATURE,
    signatureParts: SIGNATURE_PARTS,
    geometry,
    metrics: METRICS,
    columns: [...COLUMNS],
    pages,
    pageCount,
    count: rows.length,
  };
}
