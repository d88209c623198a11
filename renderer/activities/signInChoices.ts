import { DEFAULT_SIGN_IN_OPTIONS, type SignInColumnKey } from '../../shared/ledgers/activities';
import { DEFAULT_SIGN_IN_ORDER, type SignInOrderOptions } from '../../shared/ledgers/activities';
import type { RosterChoices } from '../../shared/ledgers/activities';
import type { GroupBy, MemberOrder } from '../../shared/ledgers/roster';
import { useStoredSetting } from '../app/useStoredSetting';

/** The chair's last sign-in sheet choices; the attendance screen lists people in that order. */
export interface SheetChoices {
  order: MemberOrder;
  groupBy: GroupBy;
  blocks: '1' | '2';
  walkInRows: number;
  columns: SignInColumnKey[];
  groupNewPage: boolean;
  leaveList: 'below' | 'omit';
  landscape: boolean;
}

export const DEFAULT_SHEET_CHOICES: SheetChoices = {
  order: DEFAULT_SIGN_IN_ORDER.order,
  groupBy: DEFAULT_SIGN_IN_ORDER.groupBy,
  blocks: '1',
  walkInRows: 5,
  columns: DEFAULT_SIGN_IN_OPTIONS.columns,
  groupNewPage: false,
  leaveList: 'below',
  landscape: false,
};

export function useSheetChoices(): [SheetChoices, (next: SheetChoices) => void] {
  return useStoredSetting('signIn.options', DEFAULT_SHEET_CHOICES);
}

/** The sign-in order the sheet is printed in, with the managed departments or groups. */
export function sheetOrder(
  choices: Pick<SheetChoices, 'order' | 'groupBy'>,
  roster: Pick<RosterChoices, 'departments' | 'unionGroups'>,
): SignInOrderOptions {
  return {
    order: choices.order,
    groupBy: choices.groupBy,
    groupOrder: choices.groupBy === 'unionGroup' ? roster.unionGroups : roster.departments,
  };
}
