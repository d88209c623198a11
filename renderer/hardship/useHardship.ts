import { useLiveQuery } from 'dexie-react-hooks';
import { getProfile } from '../../shared/db';
import {
  assistanceBetween,
  assistanceOfFile,
  assistanceOfMember,
  fileSheetPerson,
  filesDueForReview,
  filesOfMember,
  getFile,
  getHardshipSettings,
  listFiles,
  listHardshipYears,
  listMemberChoices,
  peopleOf,
  type FileListRow,
  type HardshipAssistance,
  type HardshipFile,
  type HardshipSettings,
  type MemberChoice,
} from '../../shared/ledgers/hardship';
import { useDb } from '../app/AppContext';

/** Live reads of the hardship ledger; each is undefined while loading. */

export function useFileList(today: string): FileListRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listFiles(db, today), [db, today]);
}

export function useFilesDue(today: string): FileListRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => filesDueForReview(db, today), [db, today]);
}

/** null when there is no such file. */
export function useFile(id: string | undefined): HardshipFile | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? ((await getFile(db, id)) ?? null) : null), [db, id]);
}

export function useFileAssistance(fileId: string | undefined): HardshipAssistance[] | undefined {
  const db = useDb();
  return useLiveQuery(
    () => (fileId ? assistanceOfFile(db, fileId) : Promise.resolve([])),
    [db, fileId],
  );
}

export function useMemberHardship(memberId: string) {
  const db = useDb();
  return useLiveQuery(
    async () => ({
      files: await filesOfMember(db, memberId),
      assistance: await assistanceOfMember(db, memberId),
    }),
    [db, memberId],
  );
}

export function useYearAssistance(year: number) {
  const db = useDb();
  return useLiveQuery(async () => {
    const records = await assistanceBetween(db, `${year}-01-01`, `${year}-12-31`);
    const files = await db.hardshipFiles.bulkGet([...new Set(records.map((r) => r.fileId))]);
    return {
      records,
      files: files.filter((f): f is HardshipFile => !!f),
      people: await peopleOf(
        db,
        records.map((r) => r.memberId),
      ),
    };
  }, [db, year]);
}

export function useHardshipYears(): number[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listHardshipYears(db), [db]);
}

export function useHardshipSettings(): HardshipSettings | undefined {
  const db = useDb();
  return useLiveQuery(() => getHardshipSettings(db), [db]);
}

export function useMemberChoices(): MemberChoice[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listMemberChoices(db), [db]);
}

export function useSheetPerson(memberId: string | undefined) {
  const db = useDb();
  return useLiveQuery(
    async () => (memberId ? ((await fileSheetPerson(db, memberId)) ?? null) : null),
    [db, memberId],
  );
}

export function useUnionName(): string | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getProfile(db))?.unionName ?? '', [db]);
}
