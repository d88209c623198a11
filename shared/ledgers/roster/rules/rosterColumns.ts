import type { IsoDate } from '../../../core/text/dates';
import { isUnionMember, type Member } from './member';

/**
 * The roster's columns, shared by the on-screen table, the column chooser and the Excel
 * export, so a column means the same everywhere. `kind` tells the export how to write
 * the cell: ID numbers and phones are always text, dates real dates.
 */
export type RosterColumnKind = 'text' | 'id' | 'phone' | 'date' | 'number';

export interface RosterColumn {
  key: string;
  /** Chinese header */
  label: string;
  kind: RosterColumnKind;
  /** Width in characters, for the export and as a hint for the table. */
  width: number;
  value(m: Member): string | number | null;
}

function flagsText(m: Member): string | null {
  const parts: string[] = [];
  if (m.flags.hardship) parts.push('困难职工');
  if (m.flags.modelWorker) parts.push(`${m.flags.modelWorker}劳模`);
  if (m.flags.singleParent) parts.push('单亲');
  if (m.flags.migrantWorker) parts.push('农民工');
  return parts.length ? parts.join('、') : null;
}

function statusSince(m: Member): IsoDate | null {
  return m.statusHistory[m.statusHistory.length - 1]?.date || null;
}

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { key: 'name', label: '姓名', kind: 'text', width: 10, value: (m) => m.name },
  { key: 'gender', label: '性别', kind: 'text', width: 6, value: (m) => m.gender },
  { key: 'idType', label: '证件类型', kind: 'text', width: 12, value: (m) => m.idType },
  { key: 'idNumber', label: '身份证号', kind: 'id', width: 21, value: (m) => m.idNumber },
  { key: 'birthDate', label: '出生日期', kind: 'date', width: 12, value: (m) => m.birthDate },
  { key: 'ethnicity', label: '民族', kind: 'text', width: 8, value: (m) => m.ethnicity },
  {
    key: 'politicalStatus',
    label: '政治面貌',
    kind: 'text',
    width: 12,
    value: (m) => m.politicalStatus,
  },
  { key: 'education', label: '学历', kind: 'text', width: 10, value: (m) => m.education },
  { key: 'title', label: '职称', kind: 'text', width: 12, value: (m) => m.title },
  { key: 'post', label: '岗位', kind: 'text', width: 12, value: (m) => m.post },
  {
    key: 'postCategory',
    label: '岗位类别',
    kind: 'text',
    width: 10,
    value: (m) => m.postCategory,
  },
  { key: 'department', label: '部门', kind: 'text', width: 12, value: (m) => m.department },
  { key: 'unionGroup', label: '工会小组', kind: 'text', width: 12, value: (m) => m.unionGroup },
  { key: 'phone', label: '手机号', kind: 'phone', width: 14, value: (m) => m.phone },
  { key: 'hireDate', label: '参加工作时间', kind: 'date', width: 13, value: (m) => m.hireDate },
  { key: 'joinDate', label: '入会时间', kind: 'date', width: 12, value: (m) => m.joinDate },
  {
    key: 'isMember',
    label: '是否会员',
    kind: 'text',
    width: 9,
    value: (m) => (isUnionMember(m) ? '是' : '否'),
  },
  {
    key: 'employmentType',
    label: '用工性质',
    kind: 'text',
    width: 10,
    value: (m) => m.employmentType,
  },
  { key: 'status', label: '会员状态', kind: 'text', width: 9, value: (m) => m.status },
  { key: 'statusDate', label: '状态日期', kind: 'date', width: 12, value: statusSince },
  { key: 'flags', label: '标记', kind: 'text', width: 16, value: flagsText },
  { key: 'wageBase', label: '工资基数', kind: 'number', width: 13, value: (m) => m.wageBase },
  {
    key: 'notes',
    label: '备注',
    kind: 'text',
    width: 24,
    value: (m) => (m.notes === '' ? null : m.notes),
  },
];

export const ROSTER_COLUMN_BY_KEY: ReadonlyMap<string, RosterColumn> = new Map(
  ROSTER_COLUMNS.map((c) => [c.key, c]),
);

/** What the roster shows before the chair picks columns. */
export const DEFAULT_ROSTER_COLUMN_KEYS: readonly string[] = [
  'name',
  'gender',
  'idNumber',
  'department',
  'unionGroup',
  'phone',
  'joinDate',
  'status',
];

/** The columns for `keys`, in the roster's standard order; unknown keys are dropped. */
export function columnsFor(keys: readonly string[]): RosterColumn[] {
  const want = new Set(keys);
  return ROSTER_COLUMNS.filter((c) => want.has(c.key));
}
