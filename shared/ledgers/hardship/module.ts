import type { LedgerModule } from '../types';
import { hardshipFigures } from './rules/figures';
import { HARDSHIP_TABLES } from './tables';

/** 困难帮扶: hardship files (困难职工档案) and the assistance given to them. */
export const hardshipLedger: LedgerModule = {
  name: 'hardship',
  label: '困难帮扶',
  tables: HARDSHIP_TABLES,
  figures: hardshipFigures,
  memberReferences: [
    {
      table: 'hardshipFiles',
      field: 'memberId',
      label: '困难职工档案',
      blocksDelete: true,
      countText: '有 {n} 份困难职工档案',
    },
    {
      table: 'hardshipAssistance',
      field: 'memberId',
      label: '帮扶记录',
      blocksDelete: true,
      countText: '受过 {n} 次帮扶',
    },
  ],
};
