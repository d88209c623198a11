import type { UnionDeskDb } from '../../../db/db';
import type { PinyinCacheRow } from '../../../db/derived';

/** The kept pinyin of the names (rules/pinyinCache.ts), or null when none is kept or it cannot be read. */
export async function readKeptPinyin(db: UnionDeskDb): Promise<PinyinCacheRow | null> {
  try {
    return (await db.pinyinCache.get('names')) ?? null;
  } catch {
    // Derived data: without it the names are read with pinyin-pro, as on a first start.
    return null;
  }
}

/** Keeps the names' pinyin; a failure loses nothing but the time it would save next start. */
export async function keepPinyin(db: UnionDeskDb, key: string, text: string): Promise<void> {
  try {
    await db.pinyinCache.put({ id: 'names', key, text });
  } catch {
    // See readKeptPinyin.
  }
}
