import {
  findHeaderRow as findKeyRow,
  headerLayout as layoutAt,
  type HeaderColumn as CoreHeaderColumn,
  type HeaderLayout as CoreHeaderLayout,
  type HeaderVocabulary,
} from '../../../core/excel/findHeader';
import { fieldForHeader } from './headerSynonyms';
import type { SheetGrid } from '../../../core/excel/sheetGrid';
import type { MemberField } from './types';

/*
 * The roster's header: the first row with a name column and at least two other known
 * headers (core/excel/findHeader.ts does the finding; headerSynonyms.ts says what counts).
 */

export type HeaderColumn = CoreHeaderColumn<MemberField>;
export type HeaderLayout = CoreHeaderLayout<MemberField>;

export const ROSTER_HEADERS: HeaderVocabulary<MemberField> = {
  fieldFor: fieldForHeader,
  keyField: 'name',
  minOtherFields: 2,
};

/** The 0-based row that holds the name header, or null. */
export function findHeaderRow(grid: SheetGrid): number | null {
  return findKeyRow(grid, ROSTER_HEADERS);
}

/** Header rows and columns, given the row holding the name header (0-based). */
export function headerLayout(grid: SheetGrid, keyRow: number): HeaderLayout {
  return layoutAt(grid, keyRow, ROSTER_HEADERS);
}
