import type { LedgerModule } from '../types';
import { demoTownship } from './demo';
import { TOWNSHIP_SHEETS } from './excel/sheets';
import { townshipFigures } from './rules/figures';
import { TOWNSHIP_TABLES } from './tables';

/** 乡镇街道总工会: affiliated unions, units that should have one, and their yearly packages. */
export const townshipLedger: LedgerModule = {
  name: 'township',
  label: '下属工会',
  tables: TOWNSHIP_TABLES,
  sheets: TOWNSHIP_SHEETS,
  figures: (period, data) => townshipFigures(period, data),
  memberReferences: [],
  demo: ({ now, profile }) => demoTownship(profile, now),
};
