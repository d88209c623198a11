import type { IsoDate } from '../../../core/text/dates';
import type { IdType, Member, MemberStatus } from '../rules/member';
import type { MemberFactCode, TypedMemberFacts } from '../rules/memberFacts';

/*
 * What the roster reader returns. Everything here is plain data (no classes, no functions)
 * because the result crosses a Web Worker boundary via postMessage.
 */

/** Member fields a roster column can fill. */
export const MEMBER_FIELDS = [
  'name',
  'gender',
  'idType',
  'idNumber',
  'birthDate',
  'ethnicity',
  'politicalStatus',
  'education',
  'title',
  'post',
  'postCategory',
  'department',
  'unionGroup',
  'phone',
  'hireDate',
  'joinDate',
  'isMember',
  'employmentType',
  'status',
  'notes',
  'wageBase',
] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];

/** Column header text → the field it fills, or null when the column is ignored. */
export type ColumnMapping = Record<string, MemberField | null>;

export type IssueCode =
  | MemberFactCode
  | 'date-unparsed'
  | 'gender-unparsed'
  | 'id-type-unparsed'
  | 'membership-unparsed'
  | 'post-category-unknown'
  | 'status-unparsed'
  | 'number-unparsed'
  | 'duplicate-in-file'
  | 'excel-error'
  | 'id-cleared'
  | 'invisible-chars'
  | 'cell-too-long'
  | 'odd-encoding'
  | 'missing-name';

export interface ImportIssue {
  sheet: string;
  /** Row number as Excel shows it (1-based). */
  row: number;
  /** Column letter as Excel shows it ("C"); null for a problem of the whole row. */
  column: string | null;
  /** The column's header text; null for a problem of the whole row. */
  header: string | null;
  field: MemberField | null;
  code: IssueCode;
  /** Says what is wrong, in Chinese, without repeating the row/column. */
  message: string;
  /** 'error': the value was not accepted (or the row cannot be imported as is). */
  severity: 'error' | 'warning';
}

/**
 * One data row of the roster, normalized: the Member facts a column can fill (same types,
 * so a row becomes a member without conversion), where name, status and notes may be
 * missing too. Optional facts are null when absent or unreadable; an invalid ID number is
 * kept as typed, a precision-lost one is null.
 */
export type ImportedRow = Pick<
  Member,
  Exclude<MemberField, 'name' | 'status' | 'notes' | 'idType' | 'isMember'>
> & {
  sheet: string;
  /** Row number as Excel shows it (1-based). */
  row: number;
  name: string | null;
  /** From the status column, else from the sheet name (when asked), else null. */
  status: MemberStatus | null;
  notes: string | null;
  /** From the 证件类型 column, else guessed from the number; null with no type and no number. */
  idType: IdType | null;
  /** From the 是否会员 column, or true when there is a 入会时间; null when the file does not say. */
  isMember: boolean | null;
  /** The member facts as typed (before checkMemberFacts), so a fix in the preview re-checks them. */
  typed: TypedMemberFacts;
  /** Cell texts as displayed in Excel, keyed by header (every column, mapped or not). */
  raw: Record<string, string>;
  /** True when at least one issue of this row has severity 'error'. */
  hasError: boolean;
};

export interface RosterColumn {
  /** Column letter ("A"). */
  letter: string;
  /** Header text as shown (two-row headers joined: 「联系方式/手机」); unique within the sheet. */
  header: string;
  field: MemberField | null;
}

export interface SheetInfo {
  name: string;
  /** Rows used in the sheet (including titles and headers). */
  rowCount: number;
  /** 1-based row of the (last) header row; null when no roster header was found. */
  headerRow: number | null;
  /** Rows below the header with something in the name column. */
  nameRowCount: number;
  /** The sheet that looks most like a roster. */
  recommended: boolean;
  /** The status this sheet's name implies (在职/退休 sheets), or null. */
  statusFromName: MemberStatus | null;
  /** Whether this sheet was read into `rows`. */
  imported: boolean;
}

export interface RosterReadResult {
  file: string;
  /** What the bytes were: a CSV or an HTML table has one table and no sheet names of its own. */
  format: 'xlsx' | 'xls' | 'html' | 'csv';
  /** The first (usually the only) sheet read. */
  sheet: string;
  sheets: SheetInfo[];
  /** 1-based header row of `sheet` (the lower row for two-row headers). */
  headerRow: number;
  /** Identifies a header layout, so a mapping the user corrected can be offered again. */
  headerSignature: string;
  columns: RosterColumn[];
  mapping: ColumnMapping;
  rows: ImportedRow[];
  issues: ImportIssue[];
}

export interface RosterReadOptions {
  /** Sheets to read. Default: the recommended sheet, or every 在职/退休 sheet when `statusFromSheetName`. */
  sheets?: string[];
  /** Take a row's status from its sheet's name (「在职」「退休人员」) when the row has none. Default false. */
  statusFromSheetName?: boolean;
  /** Overrides the detected mapping, by header text; headers not listed keep the detected field. */
  mapping?: ColumnMapping;
  /** 1-based header row, when the user picked it; applies to every sheet read. */
  headerRow?: number;
  /** Bounds birth dates and two-digit years; default today. */
  today?: IsoDate;
  /** Called every ~1000 rows and once at the end. */
  onProgress?: (done: number, total: number) => void;
}
