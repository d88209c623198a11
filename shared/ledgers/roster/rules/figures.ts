import type { Figure, LedgerData, Period } from '../../types';

/** This ledger's figures of the year (LEDGERS.md §11). */
export function rosterFigures(_period: Period, _data: LedgerData): Figure[] {
  return [];
}
