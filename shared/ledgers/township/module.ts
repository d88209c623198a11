import type { LedgerModule } from '../types';
import { townshipFigures } from './rules/figures';
import { TOWNSHIP_TABLES } from './tables';

/** 乡镇街道总工会: affiliated unions, units that should have one, and their yearly packages. */
export const townshipLedger: LedgerModule = {
  name: 'township',
  label: '下属工会',
  tables: TOWNSHIP_TABLES,
  figures: (period, data) => townshipFigures(period, data),
  memberReferences: [],
};
