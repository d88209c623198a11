import { useLiveQuery } from 'dexie-react-hooks';
import { listActivities, type ActivityListRow } from '../../shared/ledgers/activities';
import {
  getDocumentPrefix,
  getNotice,
  getNoticeTemplate,
  listNotices,
  listNoticeTemplates,
  listNoticeYears,
  type NoticeRecord,
} from '../../shared/ledgers/notices';
import type { NoticeTemplate } from '../../shared/ledgers/notices';
import { useDb } from '../app/AppContext';

/** Live reads for the notices feature. Each returns undefined while loading. */

export function useNoticeTemplates(): NoticeTemplate[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listNoticeTemplates(db), [db]);
}

/** null when there is no such template. */
export function useNoticeTemplate(id: string | undefined): NoticeTemplate | null | undefined {
  const db = useDb();
  return useLiveQuery(
    async () => (id ? ((await getNoticeTemplate(db, id)) ?? null) : null),
    [db, id],
  );
}

export function useNotices(year: number): NoticeRecord[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listNotices(db, year), [db, year]);
}

export function useNoticeYears(): number[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listNoticeYears(db), [db]);
}

/** null when there is no such notice (or no id: a new one). */
export function useNotice(id: string | undefined): NoticeRecord | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id ? ((await getNotice(db, id)) ?? null) : null), [db, id]);
}

/** All activities, newest first, with their list sizes (for the activity select). */
export function useActivityChoices(): ActivityListRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listActivities(db), [db]);
}

/** The remembered 机关代字; null when none is remembered yet. */
export function useDocumentPrefix(): string | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getDocumentPrefix(db)) ?? null, [db]);
}
