import type { LedgerModule } from '../types';
import { activitiesFigures } from './rules/figures';
import { ACTIVITY_TABLES } from './tables';

/** 活动台账: activities and meetings, their participants and attendance. */
export const activitiesLedger: LedgerModule = {
  name: 'activities',
  label: '活动台账',
  tables: ACTIVITY_TABLES,
  figures: activitiesFigures,
  memberReferences: [
    {
      table: 'participants',
      field: 'memberId',
      label: '参加的活动',
      blocksDelete: true,
      countText: '参加过 {n} 次活动',
    },
  ],
};
