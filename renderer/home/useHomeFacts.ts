import { useLiveQuery } from 'dexie-react-hooks';
import { isAutoBackupDue } from '../../shared/backup';
import { useDb } from '../app/AppContext';

export interface HomeFacts {
  members: number;
  inService: number;
  retired: number;
  demoMembers: number;
  backupDue: boolean;
  activities: number;
}

/** The counts the 工作台 shows, live. */
export function useHomeFacts(): HomeFacts | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [members, inService, retired, demoMembers, backupDue, activities] = await Promise.all([
      db.members.count(),
      db.members.where('status').equals('在职').count(),
      db.members.where('status').equals('退休').count(),
      db.members.where('demo').equals(1).count(),
      isAutoBackupDue(db),
      db.activities.count(),
    ]);
    return { members, inService, retired, demoMembers, backupDue, activities };
  }, [db]);
}
