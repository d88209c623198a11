import type { UnionDeskDb } from './db';
import type { UnionProfile } from '../ledgers/union/rules/profile';
import { writeBatch, type Batch } from './batches';
import { newId } from '../core/ids/newId';

export const PROFILE_KEY = 'profile';

export async function getSetting<T>(db: UnionDeskDb, key: string): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row?.value as T | undefined;
}

/** Settings that are bookkeeping (not the union's records) are written without a batch. */
export async function setSetting(db: UnionDeskDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

/** The settings key of the union's generated id, 「工会标识」 (issue 15). */
export const UNION_ID_KEY = 'unionIdentity';

/**
 * The union's generated id, created on first use and kept: it names the union in the 年度台账
 * and backups it sends to its federation when it has no 统计编码 (and after it gets one).
 */
export async function unionIdOf(db: UnionDeskDb): Promise<string> {
  const kept = await getSetting<{ id: string }>(db, UNION_ID_KEY);
  if (kept?.id) return kept.id;
  const id = newId('u');
  await setSetting(db, UNION_ID_KEY, { id });
  return id;
}

export function getProfile(db: UnionDeskDb): Promise<UnionProfile | undefined> {
  return getSetting<UnionProfile>(db, PROFILE_KEY);
}

/** Saves the union profile as an undoable edit. The caller validates first. */
export async function saveProfile(
  db: UnionDeskDb,
  profile: UnionProfile,
  label = '修改工会信息',
): Promise<Batch> {
  const { batch } = await writeBatch(db, { kind: 'edit', label }, ['settings'], (w) =>
    w.put('settings', { key: PROFILE_KEY, value: profile }),
  );
  return batch;
}
