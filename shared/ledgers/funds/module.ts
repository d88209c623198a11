import type { LedgerModule } from '../types';
import { fundsFigures } from './rules/figures';
import { FUNDS_TABLES } from './tables';

/** 会费经费台账: dues (会费) and the union's fund account (工会经费), budget, disclosure. */
export const fundsLedger: LedgerModule = {
  name: 'funds',
  label: '会费经费台账',
  tables: FUNDS_TABLES,
  figures: fundsFigures,
  memberReferences: [
    {
      table: 'duesPayments',
      field: 'memberId',
      label: '缴纳的会费',
      blocksDelete: true,
      countText: '有 {n} 笔会费缴纳记录',
    },
    { table: 'wageBases', field: 'memberId', label: '工资基数', blocksDelete: false },
  ],
};
