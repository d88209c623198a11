/**
 * 困难职工档案表: one file on A4 portrait — the member, the difficulty, the household with
 * incomes and the income per head against 低保, the paired leader and dates, the
 * assistance history — with the 填表人 / 审核人 / 工会主席 line and the seal. Sensitive:
 * 身份证号 and phone are printed masked. Pure: ready data in, pages of labelled cells out;
 * household and assistance lines that do not fit the first page run onto 「（续）」 pages.
 */
import { formatCentsAmount } from '../../../core/money/money';
import { maskIdNumber, maskPhone } from '../../../core/ids/idNumber';
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import type { HardshipAssistance, HardshipFile } from '../rules/hardship';
import { incomePerHead, incomeStanding, reviewDue, STANDING_LABELS } from '../rules/income';
import type { HardshipSettings } from '../rules/settings';

export interface FileSheetPerson {
  name: string;
  gender: string | null;
  birthDate: IsoDate | null;
  idNumber: string | null;
  phone: string | null;
  department: string | null;
}

export interface FileSheetInput {
  unionName: string;
  file: HardshipFile;
  person: FileSheetPerson;
  assistance: readonly HardshipAssistance[];
  settings: HardshipSettings;
  madeOn: IsoDate;
}

/** A line of label/value pairs: each pair takes `span` of the form's 6 columns for its value. */
export interface FormCell {
  label: string;
  value: string;
  /** Value columns this cell spans (1–5), out of the 6-column grid (label + value pairs). */
  span: number;
}

export interface FormTable {
  title: string;
  head: string[];
  /** Widths in mm, summing to the content width. */
  widthsMm: number[];
  rows: string[][];
}

export interface FileSheetPage {
  number: number;
  /** Page 1: the form's lines; later pages: none. */
  lines: FormCell[][];
  tables: FormTable[];
  /** Page 1 only: remarks and the signature block go on the last page. */
  last: boolean;
}

export interface FileSheetModel {
  /** 「困难职工档案表」 */
  title: string;
  unionName: string;
  /** 「建档日期：2025年3月20日」 */
  filedText: string;
  madeOnText: string;
  pages: FileSheetPage[];
  pageCount: number;
  notes: string;
  signatureParts: readonly string[];
  /** The per-head line, as printed: 「1,050.00元（低于低保标准 900.00元：否，低保边缘）」 */
  incomeText: string;
}

export const FILE_SHEET_SIGNATURE_PARTS = [
  '填表人：',
  '审核人：',
  '工会主席：',
  '（工会盖章）',
] as const;

/** Rows of a table on page 1 / on a later page (10 mm header, 8 mm rows, A4 portrait). */
export const FIRST_PAGE_TABLE_ROWS = 14;
export const LATER_PAGE_TABLE_ROWS = 28;

const HOUSEHOLD_WIDTHS = [20, 26, 28, 45, 56];
const ASSIST_WIDTHS = [26, 22, 26, 22, 79];

const date = (d: IsoDate | null) => (d ? formatChineseDate(d) : '');

export function buildFileSheet(input: FileSheetInput): FileSheetModel {
  const { file: f, person: p, settings: s } = input;
  const income = incomePerHead(f);
  const standard = s.minLivingStandardCents.value;
  const standing =
    income.perHeadCents === null ? '' : STANDING_LABELS[incomeStanding(income.perHeadCents, s)];
  const incomeText =
    income.perHeadCents === null
      ? '未填写'
      : `${formatCentsAmount(income.perHeadCents)}元（${standing}；低保标准${formatCentsAmount(standard)}元）`;
  const review = reviewDue(f, s, input.madeOn);
  const lines: FormCell[][] = [
    [
      { label: '姓名', value: p.name, span: 1 },
      { label: '性别', value: p.gender ?? '', span: 1 },
      { label: '出生日期', value: date(p.birthDate), span: 1 },
    ],
    [
      { label: '身份证号', value: p.idNumber ? maskIdNumber(p.idNumber) : '', span: 3 },
      { label: '联系电话', value: p.phone ? maskPhone(p.phone) : '', span: 1 },
    ],
    [
      { label: '部门', value: p.department ?? '', span: 1 },
      { label: '困难类别', value: f.tier, span: 1 },
      { label: '家庭人口', value: `${f.householdSize}人`, span: 1 },
    ],
    [
      { label: '主要致困原因', value: f.mainCause, span: 1 },
      { label: '次要原因', value: f.secondaryCauses.join('、'), span: 3 },
    ],
    [
      {
        label: '家庭月总收入',
        value: income.basis === 'computed' ? `${formatCentsAmount(income.totalCents)}元` : '',
        span: 1,
      },
      { label: '月人均收入', value: incomeText, span: 3 },
    ],
    [
      { label: '结对帮扶领导', value: f.pairedLeader, span: 1 },
      { label: '调查日期', value: date(f.surveyDate), span: 1 },
      { label: '公示日期', value: date(f.publicNoticeDate), span: 1 },
    ],
    [
      {
        label: '档案状态',
        value: f.status === '脱困' ? `脱困（${date(f.exitDate)}）` : '在档',
        span: 1,
      },
      { label: '建档日期', value: date(f.filingDate), span: 1 },
      { label: '下次复核', value: review ? date(review.due) : '—', span: 1 },
    ],
  ];

  const householdRows = f.household.map((h) => [
    h.relation,
    h.name,
    formatCentsAmount(h.monthlyIncomeCents),
    h.health,
    h.occupation,
  ]);
  const assistRows = [...input.assistance]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((a) => [
      a.date,
      a.kind,
      formatCentsAmount(a.amountCents),
      a.source,
      a.kind === '金秋助学' && a.student
        ? [a.student.childName, a.student.school, a.student.grade].filter((x) => x).join('，')
        : a.notes,
    ]);
  const assistTotal = input.assistance.reduce((sum, a) => sum + a.amountCents, 0);
  if (assistRows.length)
    assistRows.push(['合计', `${assistRows.length}次`, formatCentsAmount(assistTotal), '', '']);

  // Lay the two tables out: page 1 holds FIRST_PAGE_TABLE_ROWS rows (a table title and head count as one each).
  type Chunk = { key: 'household' | 'assist'; rows: string[][]; continued: boolean };
  const pages: { chunks: Chunk[] }[] = [{ chunks: [] }];
  let room = FIRST_PAGE_TABLE_ROWS;
  const place = (key: Chunk['key'], rows: string[][]) => {
    let rest = rows.length ? rows : [];
    let continued = false;
    if (rest.length === 0) {
      if (room < 3) {
        pages.push({ chunks: [] });
        room = LATER_PAGE_TABLE_ROWS;
      }
      pages[pages.length - 1]!.chunks.push({ key, rows: [], continued });
      room -= 3;
      return;
    }
    while (rest.length) {
      if (room < 3) {
        pages.push({ chunks: [] });
        room = LATER_PAGE_TABLE_ROWS;
      }
      const n = Math.min(rest.length, room - 2);
      pages[pages.length - 1]!.chunks.push({ key, rows: rest.slice(0, n), continued });
      room -= n + 2;
      rest = rest.slice(n);
      continued = true;
    }
  };
  place('household', householdRows);
  place('assist', assistRows);

  const tableOf = (c: Chunk): FormTable =>
    c.key === 'household'
      ? {
          title: `家庭成员情况${c.continued ? '（续）' : ''}`,
          head: ['关系', '姓名', '月收入（元）', '健康状况', '就业或就学'],
          widthsMm: HOUSEHOLD_WIDTHS,
          rows: c.rows,
        }
      : {
          title: `帮扶记录${c.continued ? '（续）' : ''}`,
          head: ['日期', '帮扶形式', '金额（元）', '资金来源', '说明'],
          widthsMm: ASSIST_WIDTHS,
          rows: c.rows.length ? c.rows : [['', '', '', '', '暂无帮扶记录']],
        };

  const built: FileSheetPage[] = pages.map((pg, i) => ({
    number: i + 1,
    lines: i === 0 ? lines : [],
    tables: pg.chunks.map(tableOf),
    last: i === pages.length - 1,
  }));
  return {
    title: '困难职工档案表',
    unionName: input.unionName.trim(),
    filedText: `建档日期：${date(f.filingDate)}`,
    madeOnText: formatChineseDate(input.madeOn),
    pages: built,
    pageCount: built.length,
    notes: f.notes,
    signatureParts: FILE_SHEET_SIGNATURE_PARTS,
    incomeText,
  };
}
