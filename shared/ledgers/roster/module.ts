import type { LedgerModule } from '../types';
import { ROSTER_SHEETS } from './excel/sheets';
import { rosterFigures } from './rules/figures';
import { ROSTER_TABLES } from './tables';
import { buildDemoUnion } from './demo';

/** 会员台账: members (and non-member staff), departments, union groups. */
export const rosterLedger: LedgerModule = {
  name: 'roster',
  label: '会员台账',
  tables: ROSTER_TABLES,
  sheets: ROSTER_SHEETS,
  figures: rosterFigures,
  memberReferences: [],
  demo: ({ now }) => {
    const { departments, unionGroups, members } = buildDemoUnion(now);
    return { departments, unionGroups, members };
  },
};
