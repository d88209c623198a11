import type { StatusChoice } from '../../../shared/ledgers/roster';
import type { GroupBy } from '../../../shared/ledgers/roster';
import type { Orientation } from '../../../shared/core/print';
import { type ListOrder, type RosterListKind } from '../../../shared/ledgers/roster';
import { DEFAULT_LIST_COLUMNS } from '../../../shared/ledgers/roster/print';

/** What the chair set for one kind of list on this screen. */
export interface ListSettings {
  columns: string[];
  order: ListOrder;
  groupBy: GroupBy;
  groupNewPage: boolean;
  orientation: Orientation;
  /** null: the default title for the selection. */
  title: string | null;
}

export function defaultListSettings(kind: RosterListKind): ListSettings {
  return {
    columns: [...DEFAULT_LIST_COLUMNS[kind]],
    order: kind === 'birthdays' || kind === 'retirees' ? 'given' : 'strokes',
    groupBy: 'none',
    groupNewPage: false,
    // The full roster has many columns: landscape; the shorter lists fit portrait.
    orientation: kind === 'roster' ? 'landscape' : 'portrait',
    title: null,
  };
}

/** The screen's state: the chosen list, its selection, and per-list settings. */
export interface ListsState {
  kind: RosterListKind;
  /** 会员花名册: which status (default 在职). */
  status: StatusChoice;
  /** 生日名单: month 1–12 (default next month). */
  month: number;
  /** 打印完整证件号和电话 — also governs the Excel export. */
  fullNumbers: boolean;
  byKind: Record<RosterListKind, ListSettings>;
}

/** The year in which `month`'s birthdays next come round, seen from `today`. */
export function yearOfMonth(month: number, today: string): number {
  const y = Number(today.slice(0, 4));
  return month >= Number(today.slice(5, 7)) ? y : y + 1;
}
