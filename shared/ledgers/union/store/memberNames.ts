import type { UnionDeskDb } from '../../../db/db';

/** id → name of the members `ids` names that are on the roster (for linking a record). */
export async function memberNamesOf(
  db: UnionDeskDb,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const rows = await db.members.bulkGet(wanted);
  return new Map(rows.flatMap((m) => (m ? [[m.id, m.name] as const] : [])));
}
