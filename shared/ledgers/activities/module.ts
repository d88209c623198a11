import type { LedgerModule } from '../types';
import { ACTIVITIES_SHEETS } from './excel/sheets';
import { activitiesFigures } from './rules/figures';
import { ACTIVITY_TABLES } from './tables';
import { demoActivities } from './demo';
import { todayIso } from '../../core/text/dates';

/** 活动台账: activities and meetings, their participants and attendance. */
export const activitiesLedger: LedgerModule = {
  name: 'activities',
  label: '活动台账',
  tables: ACTIVITY_TABLES,
  sheets: ACTIVITIES_SHEETS,
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
  demo: ({ now, rows }) =>
    demoActivities(rows.members ?? [], {
      departments: rows.departments ?? [],
      now: now.toISOString(),
      today: todayIso(now),
    }),
};
