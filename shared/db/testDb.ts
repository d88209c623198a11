import { openDb, type UnionDeskDb } from './db';

/** A fresh database with a unique name, for tests on fake-indexeddb. */
export function freshDb(upTo?: number): { db: UnionDeskDb; name: string } {
  const name = `test-${crypto.randomUUID()}`;
  return { db: openDb(name, upTo), name };
}
