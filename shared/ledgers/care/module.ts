import type { LedgerModule } from '../types';
import { careFigures } from './rules/figures';
import { CARE_TABLES } from './tables';

/** 关怀慰问: visits (慰问/探望), hospital stays, campaigns, distributions (福利发放). */
export const careLedger: LedgerModule = {
  name: 'care',
  label: '关怀慰问',
  tables: CARE_TABLES,
  figures: careFigures,
  memberReferences: [
    {
      table: 'careVisits',
      field: 'memberIds',
      label: '关怀慰问',
      blocksDelete: true,
      countText: '有 {n} 条慰问记录',
    },
    {
      table: 'distributionRecipients',
      field: 'memberId',
      label: '福利发放',
      blocksDelete: true,
      countText: '有 {n} 条福利签领记录',
    },
  ],
};
