import type { Transaction } from 'dexie';
import type { SchemaVersion } from './types';
import { v02 } from './v02-roster';

/** The 活动类别 every union started with in v3 (fixed ids: demo data and tests refer to them). */
const KINDS_AT_V3 = [
  { id: 'kind-wenti', name: '文体活动', order: 1 },
  { id: 'kind-meeting', name: '会议', order: 2 },
  { id: 'kind-training', name: '培训', order: 3 },
  { id: 'kind-checkup', name: '体检', order: 4 },
  { id: 'kind-recuperation', name: '疗休养', order: 5 },
  { id: 'kind-contest', name: '比赛/竞赛', order: 6 },
  { id: 'kind-other', name: '其他', order: 7 },
];

async function seedActivityKinds(tx: Transaction): Promise<void> {
  const kinds = tx.table('activityKinds');
  if ((await kinds.count()) === 0) await kinds.bulkAdd(KINDS_AT_V3.map((k) => ({ ...k })));
}

export const v03: SchemaVersion = {
  version: 3,
  reason:
    'ledger: activities and meetings with participants, activity kinds, notice templates, document register',
  stores: {
    ...v02.stores,
    activities: 'id, kindId, startDate, year, demo',
    participants: 'id, activityId, memberId, [activityId+memberId], demo',
    activityKinds: 'id, &name, order',
    noticeTemplates: 'id, kind',
    /** 发文登记: 文号 sequence per year */
    documents: 'id, year, [year+seq], activityId',
  },
  upgrade: seedActivityKinds,
};
