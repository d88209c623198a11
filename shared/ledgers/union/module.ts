import type { LedgerModule } from '../types';
import { unionFigures } from './rules/figures';
import { UNION_TABLES } from './tables';

/** 工会信息: profile, committee and officers per term, honours, union-wide settings. */
export const unionLedger: LedgerModule = {
  name: 'union',
  label: '工会组织',
  tables: UNION_TABLES,
  figures: unionFigures,
  memberReferences: [
    {
      table: 'officers',
      field: 'memberId',
      label: '担任的职务',
      blocksDelete: true,
      countText: '担任过 {n} 项职务',
    },
    {
      table: 'honours',
      field: 'memberId',
      label: '获得的表彰',
      blocksDelete: true,
      countText: '获得 {n} 项表彰',
    },
  ],
};
