import type { LedgerModule } from '../types';
import { FUNDS_SHEETS } from './excel/sheets';
import { fundsFigures } from './rules/figures';
import { FUNDS_TABLES } from './tables';
import { demoFunds } from './demo';
import { todayIso } from '../../core/text/dates';

/** 会费经费台账: dues (会费) and the union's fund account (工会经费), budget, disclosure. */
export const fundsLedger: LedgerModule = {
  name: 'funds',
  label: '会费经费台账',
  tables: FUNDS_TABLES,
  sheets: FUNDS_SHEETS,
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
  demo: ({ now, rows, profile }) =>
    demoFunds({
      members: rows.members ?? [],
      activities: rows.activities ?? [],
      careVisits: rows.careVisits ?? [],
      distributions: rows.distributions ?? [],
      distributionRecipients: rows.distributionRecipients ?? [],
      officers: rows.officers ?? [],
      duesRate: profile.duesRate,
      today: todayIso(now),
      now: now.toISOString(),
    }),
};
