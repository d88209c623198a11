import type { UnionDeskDb } from '../../../db/db';
import { writeBatch } from '../../../db/batches';
import { newId } from '../../../core/ids/newId';
import { validateKindName, type ActivityKind } from '../rules/activity';

/** The managed list of 活动类别: add, rename, reorder; a kind in use cannot be deleted. */

export async function listActivityKinds(db: UnionDeskDb): Promise<ActivityKind[]> {
  return db.activityKinds.orderBy('order').toArray();
}

export async function addActivityKind(db: UnionDeskDb, name: string): Promise<ActivityKind> {
  const kinds = await listActivityKinds(db);
  const problem = validateKindName(name, kinds);
  if (problem) throw new Error(problem);
  const kind: ActivityKind = {
    id: newId('kind'),
    name: name.trim(),
    order: Math.max(0, ...kinds.map((k) => k.order)) + 1,
  };
  await writeBatch(
    db,
    { kind: 'edit', label: `新增活动类别 ${kind.name}` },
    ['activityKinds'],
    (w) => w.put('activityKinds', { ...kind }),
  );
  return kind;
}

export async function renameActivityKind(db: UnionDeskDb, id: string, name: string): Promise<void> {
  const kinds = await listActivityKinds(db);
  const kind = kinds.find((k) => k.id === id);
  if (!kind) throw new Error('找不到这个活动类别，可能已被删除。');
  const problem = validateKindName(name, kinds, id);
  if (problem) throw new Error(problem);
  if (kind.name === name.trim()) return;
  await writeBatch(
    db,
    { kind: 'edit', label: `活动类别 ${kind.name} 改名为 ${name.trim()}` },
    ['activityKinds'],
    (w) => w.put('activityKinds', { ...kind, name: name.trim() }),
  );
}

/** Puts the kinds in the given order (ids not listed keep their place after the listed ones). */
export async function reorderActivityKinds(
  db: UnionDeskDb,
  orderedIds: readonly string[],
): Promise<void> {
  const kinds = await listActivityKinds(db);
  const rank = new Map(orderedIds.map((id, i) => [id, i]));
  const sorted = [...kinds].sort(
    (a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity) || a.order - b.order,
  );
  const changed = sorted
    .map((k, i) => ({ ...k, order: i + 1 }))
    .filter((k, i) => k.order !== sorted[i]!.order);
  if (changed.length === 0) return;
  await writeBatch(db, { kind: 'edit', label: '调整活动类别顺序' }, ['activityKinds'], (w) =>
    w.bulkPut('activityKinds', changed),
  );
}

export async function deleteActivityKind(db: UnionDeskDb, id: string): Promise<void> {
  const kind = await db.activityKinds.get(id);
  if (!kind) throw new Error('找不到这个活动类别，可能已被删除。');
  const used = await db.activities.where('kindId').equals(id).count();
  if (used > 0)
    throw new Error(
      `类别“${kind.name}”已被 ${used} 个活动使用，不能删除；可以改名或把这些活动改到其他类别。`,
    );
  await writeBatch(
    db,
    { kind: 'delete', label: `删除活动类别 ${kind.name}` },
    ['activityKinds'],
    (w) => w.delete('activityKinds', id),
  );
}
