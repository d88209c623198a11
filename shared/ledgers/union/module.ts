import type { LedgerModule } from '../types';
import { UNION_SHEETS } from './excel/sheets';
import { unionFigures } from './rules/figures';
import { UNION_TABLES } from './tables';

/** 工会信息: profile, committee and officers per term, honours, union-wide settings. */
export const unionLedger: LedgerModule = {
  name: 'union',
  label: '工会组织',
  tables: UNION_TABLES,
  sheets: UNION_SHEETS,
  figures: unionFigures,
  memberReferences: [
    { table: 'officers', field: 'memberId', label: '担任的职务', blocksDelete: true },
    { table: 'honours', field: 'memberId', label: '获得的表彰', blocksDelete: true },
  ],
};
