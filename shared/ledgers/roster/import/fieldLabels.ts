import { ROSTER_COLUMN_BY_KEY } from '../rules/rosterColumns';
import { MEMBER_FIELDS, type MemberField } from './types';

/** Chinese names of the fields a roster column can fill: the roster's own column labels. */
export const MEMBER_FIELD_LABELS = Object.fromEntries(
  MEMBER_FIELDS.map((f) => [f, ROSTER_COLUMN_BY_KEY.get(f)?.label ?? f]),
) as Record<MemberField, string>;

/** A row or member value as the import screens show it: 是/否 for 是否会员, '' for none. */
export function fieldValueText(field: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}
