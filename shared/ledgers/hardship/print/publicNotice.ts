/**
 * 困难职工建档公示: the list put up for the staff to see before files are confirmed. It shows
 * only what may be shown — 姓名, 部门, 困难类别 — never income, causes, family, 身份证号 or
 * phone (the files are sensitive). Pure: files and names in, A4 portrait pages out.
 */
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { compareByStrokes } from '../../../core/text/nameOrder';
import {
  a4,
  paginate,
  type ListPage,
  type PageGeometry,
  type PagePartHeights,
} from '../../../core/print/paginate';
import type { HardshipFile } from '../rules/hardship';

export interface PublicNoticeInput {
  unionName: string;
  /** Files to list (in 公示): typically those whose 公示日期 is the notice day. */
  files: readonly HardshipFile[];
  people: ReadonlyMap<string, { name: string; department: string | null }>;
  /** First day of the 公示期 */
  from: IsoDate;
  /** Last day of the 公示期 (inclusive) */
  to: IsoDate;
}

export interface PublicNoticeRow {
  seq: number;
  fileId: string;
  cells: [string, string, string];
}

export interface PublicNoticeModel {
  title: string;
  /** The paragraph above the list. */
  intro: string;
  /** Signed under the list: union name and date. */
  signature: string;
  dateText: string;
  geometry: PageGeometry;
  metrics: PagePartHeights & { rowMm: number };
  columns: { key: string; label: string; widthMm: number }[];
  pages: ListPage<PublicNoticeRow>[];
  pageCount: number;
  count: number;
}

const METRICS = {
  firstPageHeadMm: 62,
  laterPageHeadMm: 9,
  pageFootMm: 30,
  tableHeaderMm: 10,
  rowMm: 10,
};

/** The columns a 公示 may show: nothing more. */
export const PUBLIC_NOTICE_COLUMNS = [
  { key: 'seq', label: '序号', widthMm: 20 },
  { key: 'name', label: '姓名', widthMm: 45 },
  { key: 'department', label: '部门', widthMm: 65 },
  { key: 'tier', label: '困难类别', widthMm: 45 },
];

/** The 公示期 that starts on `from` and lasts `days` calendar days (from counted as day 1). */
export function noticePeriodEnd(from: IsoDate, days: number): IsoDate {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days - 1);
  return d.toISOString().slice(0, 10);
}

export function buildPublicNotice(input: PublicNoticeInput): PublicNoticeModel {
  const union = input.unionName.trim();
  const rows: PublicNoticeRow[] = input.files
    .map((f) => ({ f, p: input.people.get(f.memberId) }))
    .sort((a, b) => compareByStrokes(a.p?.name ?? '', b.p?.name ?? ''))
    .map(({ f, p }, i) => ({
      seq: i + 1,
      fileId: f.id,
      cells: [p?.name ?? '', p?.department ?? '', f.tier],
    }));
  const geometry = a4('portrait');
  const laid = paginate([{ heading: null, rows, rowMm: METRICS.rowMm }], {
    geometry,
    ...METRICS,
    groupHeadingMm: 0,
    blocks: 1,
    minRowsAfterHeading: 1,
    groupNewPage: false,
  });
  const pages = laid.pages.length ? laid.pages : [{ number: 1, blocks: [{ entries: [] }] }];
  return {
    title: '困难职工建档公示',
    intro:
      `根据困难职工建档工作要求，经本人申请、入户调查、工会审核，拟将以下${rows.length}名职工列为困难职工建档对象，现予公示。` +
      `公示期为${formatChineseDate(input.from)}至${formatChineseDate(input.to)}。如有异议，请在公示期内以书面或当面方式向${union || '工会'}反映。`,
    signature: union,
    dateText: formatChineseDate(input.from),
    geometry,
    metrics: METRICS,
    columns: PUBLIC_NOTICE_COLUMNS,
    pages,
    pageCount: pages.length,
    count: rows.length,
  };
}
