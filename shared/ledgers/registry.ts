import type { LedgerModule } from './types';
import { unionLedger } from './union/module';
import { rosterLedger } from './roster/module';
import { activitiesLedger } from './activities/module';
import { noticesLedger } from './notices/module';
import { careLedger } from './care/module';
import { hardshipLedger } from './hardship/module';
import { fundsLedger } from './funds/module';
import { electionsLedger } from './elections/module';
import { congressLedger } from './congress/module';
import { townshipLedger } from './township/module';

/**
 * LEDGERS: the registry (re-exported by ./index.ts). The schema's tables (checked by
 * db/schema.generic.test.ts), backups, the 年度台账 workbook and 年度统计 read this list, in
 * this order. A new ledger is added here, with its sheets in LEDGER_SHEETS (./sheets.ts) and
 * its demo rows in LEDGER_DEMOS (./demos.ts) — kept apart so a page that reaches the
 * registry (the member page's references) loads neither the Excel code nor the demo union.
 */
export const LEDGERS: readonly LedgerModule[] = [
  unionLedger,
  rosterLedger,
  activitiesLedger,
  noticesLedger,
  careLedger,
  hardshipLedger,
  fundsLedger,
  congressLedger,
  electionsLedger,
  townshipLedger,
];
