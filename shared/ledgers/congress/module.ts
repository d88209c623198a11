import type { LedgerModule } from '../types';
import { congressFigures } from './rules/figures';
import { CONGRESS_TABLES } from './tables';

/** 教代会台账: sessions, representatives, attendance, votes, proposals, suggestions, 校务公开. */
export const congressLedger: LedgerModule = {
  name: 'congress',
  label: '教代会台账',
  tables: CONGRESS_TABLES,
  figures: congressFigures,
  memberReferences: [
    {
      table: 'representatives',
      field: 'memberId',
      label: '教代会代表',
      blocksDelete: true,
      countText: '当选过 {n} 届教代会代表',
    },
    {
      table: 'proposals',
      field: 'proposerMemberId',
      label: '提出的提案',
      blocksDelete: true,
      countText: '提出过 {n} 件提案',
    },
  ],
};
