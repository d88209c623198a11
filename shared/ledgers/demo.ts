import type { UnionDeskDb } from '../db/db';
import { writeBatch, type Batch } from '../db/batches';
import { buildDemoUnion } from './roster/demo';
import { demoActivities } from './activities/demo';
import { getProfile, PROFILE_KEY } from '../db/settings';

const DEMO_TABLES = [
  'settings',
  'members',
  'departments',
  'unionGroups',
  'activities',
  'participants',
] as const;

/** Marks that the profile came with the demo, so removing the demo removes it too. */
const DEMO_PROFILE_FLAG = 'demoProfile';

export async function hasDemoData(db: UnionDeskDb): Promise<boolean> {
  return (await db.members.where('demo').equals(1).count()) > 0;
}

/**
 * Fills the fictional school union in one undoable batch. The union profile is set only
 * when none exists yet (a chair's real profile is never overwritten).
 */
export async function loadDemoData(db: UnionDeskDb, now: Date = new Date()): Promise<Batch> {
  const demo = buildDemoUnion(now);
  const ledger = demoActivities(demo.members, {
    departments: demo.departments,
    now: now.toISOString(),
  });
  const hadProfile = (await getProfile(db)) !== undefined;
  const { batch } = await writeBatch(
    db,
    { kind: 'demo', label: '载入示例数据' },
    DEMO_TABLES,
    async (w) => {
      if (!hadProfile) {
        await w.put('settings', { key: PROFILE_KEY, value: demo.profile });
        await w.put('settings', { key: DEMO_PROFILE_FLAG, value: true });
      }
      await w.bulkPut('departments', demo.departments);
      await w.bulkPut('unionGroups', demo.unionGroups);
      await w.bulkPut('members', demo.members);
      await w.bulkPut('activities', ledger.activities);
      await w.bulkPut('participants', ledger.participants);
      w.count('会员', demo.members.length);
      w.count('活动', ledger.activities.length);
    },
  );
  return batch;
}

/** Removes every demo row (and the demo profile, if the demo brought it) in one batch. */
export async function removeDemoData(db: UnionDeskDb): Promise<Batch> {
  const { batch } = await writeBatch(
    db,
    { kind: 'demo', label: '移除示例数据' },
    DEMO_TABLES,
    async (w) => {
      const members = await db.members.where('demo').equals(1).primaryKeys();
      await w.bulkDelete('members', members);
      await w.bulkDelete('departments', await db.departments.where('demo').equals(1).primaryKeys());
      await w.bulkDelete('unionGroups', await db.unionGroups.where('demo').equals(1).primaryKeys());
      await w.bulkDelete(
        'participants',
        await db.participants.where('demo').equals(1).primaryKeys(),
      );
      await w.bulkDelete('activities', await db.activities.where('demo').equals(1).primaryKeys());
      if (await db.settings.get(DEMO_PROFILE_FLAG)) {
        await w.delete('settings', PROFILE_KEY);
        await w.delete('settings', DEMO_PROFILE_FLAG);
      }
      w.count('会员', members.length);
    },
  );
  return batch;
}
