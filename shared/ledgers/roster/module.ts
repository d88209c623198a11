import type { LedgerModule } from '../types';
import { rosterFigures } from './rules/figures';
import { ROSTER_TABLES } from './tables';

/** 会员台账: members (and non-member staff), departments, union groups. */
export const rosterLedger: LedgerModule = {
  name: 'roster',
  label: '会员台账',
  tables: ROSTER_TABLES,
  figures: rosterFigures,
  memberReferences: [],
};
