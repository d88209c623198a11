import { ROSTER_COLUMN_BY_KEY } from '../rules/rosterColumns';
import { MEMBER_FIELDS, type MemberField } from './types';

/** Chinese names of the fields a roster column can fill: the roster's own column labels. */
export const MEMBER_FIELD_LABELS = Object.fromEntries(
  MEMBER_FIELDS.map((f) => [f, ROSTER_COLUMN_BY_KEY.get(f)?.label ?? f]),
) as Record<MemberField, string>;
