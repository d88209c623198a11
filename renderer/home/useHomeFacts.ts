import { useLiveQuery } from 'dexie-react-hooks';
import { isAutoBackupDue } from '../../shared/backup';
import { isUnionMember } from '../../shared/ledgers/roster';
import { useDb } from '../app/AppContext';

export interface HomeFacts {
  /** Everyone on the roster, members or not. */
  members: number;
  /** Staff on the roster who are not union members (劳务派遣 …). */
  nonMembers: number;
  inService: number;
  retired: number;
  demoMembers: number;
  backupDue: boolean;
  activities: number;
  /** 下属工会 registered (a federation's registry; 0 for a grassroots union). */
  affiliatedUnions: number;
}

/** The counts the 工作台 shows, live. */
export function useHomeFacts(): HomeFacts | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [
      members,
      nonMembers,
      inService,
      retired,
      demoMembers,
      backupDue,
      activities,
      affiliatedUnions,
    ] = await Promise.all([
      db.members.count(),
      db.members.filter((m) => !isUnionMember(m)).count(),
      db.members.where('status').equals('在职').count(),
      db.members.where('status').equals('退休').count(),
      db.members.where('demo').equals(1).count(),
      isAutoBackupDue(db),
      db.activities.count(),
      db.affiliatedUnions.count(),
    ]);
    return {
      members,
      nonMembers,
      inService,
      retired,
      demoMembers,
      backupDue,
      activities,
      affiliatedUnions,
    };
  }, [db]);
}
