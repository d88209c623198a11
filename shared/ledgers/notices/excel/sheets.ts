import type { LedgerSheet } from '../../workbook/sheetTypes';

/** This ledger's sheets in the 年度台账 workbook (LEDGERS.md §10), in workbook order. */
export const NOTICES_SHEETS: readonly LedgerSheet[] = [];
