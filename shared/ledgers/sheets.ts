import type { LedgerName } from './types';
import type { LedgerSheet } from './workbook/sheetTypes';
import { UNION_SHEETS } from './union/excel/sheets';
import { ROSTER_SHEETS } from './roster/excel/sheets';
import { ACTIVITIES_SHEETS } from './activities/excel/sheets';
import { NOTICES_SHEETS } from './notices/excel/sheets';
import { CARE_SHEETS } from './care/excel/sheets';
import { HARDSHIP_SHEETS } from './hardship/excel/sheets';
import { FUNDS_SHEETS } from './funds/excel/sheets';
import { CONGRESS_SHEETS } from './congress/excel/sheets';
import { ELECTIONS_SHEETS } from './elections/excel/sheets';
import { TOWNSHIP_SHEETS } from './township/excel/sheets';

/**
 * LEDGER_SHEETS: each ledger's sheets in the 年度台账 workbook (LEDGERS.md §10), in workbook
 * order — the Excel half of its LedgerModule. Kept out of LEDGERS so the registry (which
 * every page reaches: member references, the demo) carries no sheet, header synonym or
 * reader with it; the workbook engine (export, import, 台账包, `ledger:report`) imports this
 * file, and is itself loaded only when the chair exports or imports. Every LedgerName must
 * have an entry (the Record type says so).
 */
export const LEDGER_SHEETS: Readonly<Record<LedgerName, readonly LedgerSheet[]>> = {
  union: UNION_SHEETS,
  roster: ROSTER_SHEETS,
  activities: ACTIVITIES_SHEETS,
  notices: NOTICES_SHEETS,
  care: CARE_SHEETS,
  hardship: HARDSHIP_SHEETS,
  funds: FUNDS_SHEETS,
  congress: CONGRESS_SHEETS,
  elections: ELECTIONS_SHEETS,
  township: TOWNSHIP_SHEETS,
};
