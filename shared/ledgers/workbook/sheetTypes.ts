/*
 * A ledger's sheet in the 年度台账 workbook (LEDGERS.md §10): columns ↔ fields, both ways.
 * The workbook engine (shared/ledgers/workbook/) writes and reads every sheet through this.
 */
export interface SheetColumn {
  /** The canonical header, written on export and matched first on import. */
  header: string;
  /** Other headers a chair's own sheet may use for it. */
  synonyms?: readonly string[];
}

export interface LedgerSheet {
  /** Sheet name: 会员, 活动参加 … */
  name: string;
  columns: readonly SheetColumn[];
}
