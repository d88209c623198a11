import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { newId } from '../../../core/ids/newId';
import type { Member, OrgUnit } from '../rules/member';

/**
 * The managed lists of 部门 and 工会小组. A member names its department and union group
 * by name, so renaming an entry renames it on every member in the same batch, and
 * removing an entry clears it from its members.
 */
export type OrgUnitKind = 'departments' | 'unionGroups';

const FIELD: Record<OrgUnitKind, 'department' | 'unionGroup'> = {
  departments: 'department',
  unionGroups: 'unionGroup',
};

export const ORG_UNIT_LABELS: Record<OrgUnitKind, string> = {
  departments: '部门',
  unionGroups: '工会小组',
};

export class DuplicateOrgUnitError extends Error {
  constructor(kind: OrgUnitKind, name: string) {
    super(`${ORG_UNIT_LABELS[kind]}“${name}”已经存在。`);
    this.name = 'DuplicateOrgUnitError';
  }
}

export class OrgUnitNotFoundError extends Error {
  constructor(kind: OrgUnitKind) {
    super(`找不到这个${ORG_UNIT_LABELS[kind]}，可能已被删除。`);
    this.name = 'OrgUnitNotFoundError';
  }
}

export async function listOrgUnits(db: UnionDeskDb, kind: OrgUnitKind): Promise<OrgUnit[]> {
  return db[kind].orderBy('order').toArray();
}

export const listDepartments = (db: UnionDeskDb) => listOrgUnits(db, 'departments');
export const listUnionGroups = (db: UnionDeskDb) => listOrgUnits(db, 'unionGroups');

function cleanName(kind: OrgUnitKind, name: string): string {
  const t = name.trim();
  if (t === '') throw new Error(`请填写${ORG_UNIT_LABELS[kind]}名称。`);
  return t;
}

/** Adds an entry at the end of the list. */
export async function addOrgUnit(
  db: UnionDeskDb,
  kind: OrgUnitKind,
  name: string,
): Promise<OrgUnit> {
  const n = cleanName(kind, name);
  const { result } = await writeBatch(
    db,
    { kind: 'edit', label: `添加${ORG_UNIT_LABELS[kind]} ${n}` },
    [kind],
    async (w) => {
      if (await db[kind].where('name').equals(n).first()) throw new DuplicateOrgUnitError(kind, n);
      const last = await db[kind].orderBy('order').last();
      const unit: OrgUnit = { id: newId('org'), name: n, order: (last?.order ?? 0) + 1 };
      await w.put(kind, unit);
      return unit;
    },
  );
  return result;
}

/** Renames an entry and every member that names it, in one undoable batch. */
export async function renameOrgUnit(
  db: UnionDeskDb,
  kind: OrgUnitKind,
  id: string,
  newName: string,
): Promise<Batch> {
  const n = cleanName(kind, newName);
  const unit = await db[kind].get(id);
  if (!unit) throw new OrgUnitNotFoundError(kind);
  const label = `${ORG_UNIT_LABELS[kind]}“${unit.name}”改名为“${n}”`;
  const { batch } = await writeBatch(db, { kind: 'edit', label }, [kind, 'members'], async (w) => {
    const clash = await db[kind].where('name').equals(n).first();
    if (clash && clash.id !== id) throw new DuplicateOrgUnitError(kind, n);
    const field = FIELD[kind];
    const members: Member[] = await db.members.filter((m) => m[field] === unit.name).toArray();
    const now = new Date().toISOString();
    await w.put(kind, { ...unit, name: n });
    await w.bulkPut(
      'members',
      members.map((m) => ({ ...m, [field]: n, updatedAt: now })),
    );
    w.count('会员', members.length);
  });
  return batch;
}

/** Removes an entry; its members keep their record with the field cleared. */
export async function deleteOrgUnit(
  db: UnionDeskDb,
  kind: OrgUnitKind,
  id: string,
): Promise<Batch> {
  const unit = await db[kind].get(id);
  if (!unit) throw new OrgUnitNotFoundError(kind);
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `删除${ORG_UNIT_LABELS[kind]} ${unit.name}` },
    [kind, 'members'],
    async (w) => {
      const field = FIELD[kind];
      const members: Member[] = await db.members.filter((m) => m[field] === unit.name).toArray();
      const now = new Date().toISOString();
      await w.bulkPut(
        'members',
        members.map((m) => ({ ...m, [field]: null, updatedAt: now })),
      );
      await w.delete(kind, id);
      w.count('会员', members.length);
    },
  );
  return batch;
}

/** Puts the list in the given order (ids first to last). */
export async function reorderOrgUnits(
  db: UnionDeskDb,
  kind: OrgUnitKind,
  ids: readonly string[],
): Promise<Batch> {
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `调整${ORG_UNIT_LABELS[kind]}顺序` },
    [kind],
    async (w) => {
      const units = (await db[kind].bulkGet([...ids])).filter((u): u is OrgUnit => u !== undefined);
      await w.bulkPut(
        kind,
        units.map((u, i) => ({ ...u, order: i + 1 })),
      );
    },
  );
  return batch;
}

/** Sets the 小组长 of a union group (null: none). */
export async function setGroupLeader(
  db: UnionDeskDb,
  id: string,
  leaderId: string | null,
): Promise<Batch> {
  const unit = await db.unionGroups.get(id);
  if (!unit) throw new OrgUnitNotFoundError('unionGroups');
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `设置${unit.name}小组长` },
    ['unionGroups'],
    async (w) => {
      await w.put('unionGroups', { ...unit, leaderId });
    },
  );
  return batch;
}

/** How many members name each entry, for the list screens (「语文组 12人」). */
export async function countMembersByOrgUnit(
  db: UnionDeskDb,
  kind: OrgUnitKind,
): Promise<Map<string, number>> {
  const field = FIELD[kind];
  const counts = new Map<string, number>();
  await db.members.each((m) => {
    const v = m[field];
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  });
  return counts;
}
