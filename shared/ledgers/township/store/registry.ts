import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { getSetting } from '../../../db/settings';
import { newId } from '../../../core/ids/newId';
import {
  validateAffiliated,
  validateUnit,
  type AffiliatedUnionDraft,
  type RegistryProblem,
  type UnitDraft,
} from '../rules/affiliated';
import type { AffiliatedUnion, UnitToUnionise } from '../rules/rows';
import {
  TOWNSHIP_SETTINGS_KEY,
  townshipSettingsWithDefaults,
  validateTownshipSettings,
  type TownshipSettings,
} from '../rules/settings';

/*
 * Repositories of the federation's registry. Every write is one writeBatch (one transaction,
 * undoable); a record is validated first and refused whole with its first error in Chinese.
 */

/** A refused save: the first error as the message, all problems in `problems`. */
export class RegistryValidationError extends Error {
  constructor(
    what: string,
    readonly problems: RegistryProblem[],
  ) {
    super(
      `${what}不能保存：${problems.find((p) => p.severity === 'error')?.message ?? '内容有误'}`,
    );
  }
}

export async function getTownshipSettings(db: UnionDeskDb): Promise<TownshipSettings> {
  return townshipSettingsWithDefaults(
    await getSetting<Partial<TownshipSettings>>(db, TOWNSHIP_SETTINGS_KEY),
  );
}

export async function saveTownshipSettings(db: UnionDeskDb, s: TownshipSettings): Promise<Batch> {
  const problems = validateTownshipSettings(s);
  if (problems.length) throw new Error(`下属工会规则不能保存：${problems[0]}`);
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: '修改下属工会规则设置' },
    ['settings'],
    (w) => w.put('settings', { key: TOWNSHIP_SETTINGS_KEY, value: s }),
  );
  return batch;
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, 'zh-Hans-CN');

export async function listAffiliatedUnions(db: UnionDeskDb): Promise<AffiliatedUnion[]> {
  return (await db.affiliatedUnions.toArray()).sort(byName);
}

export async function listUnitsToUnionise(db: UnionDeskDb): Promise<UnitToUnionise[]> {
  return (await db.unitsToUnionise.toArray()).sort(byName);
}

export function getAffiliatedUnion(db: UnionDeskDb, id: string) {
  return db.affiliatedUnions.get(id);
}

function trimmed(d: AffiliatedUnionDraft): AffiliatedUnionDraft {
  return {
    ...d,
    name: d.name.trim(),
    code: d.code.trim(),
    chairName: d.chairName.trim(),
    chairPhone: d.chairPhone.replace(/\s/g, ''),
    // A cleared date input hands back null: the record keeps '' for "not entered".
    termStart: d.termStart || '',
    termEnd: d.termEnd || '',
    founded: d.founded || '',
    note: d.note.trim(),
  };
}

async function checked(
  db: UnionDeskDb,
  d: AffiliatedUnionDraft,
  selfId: string,
): Promise<AffiliatedUnionDraft> {
  const t = trimmed(d);
  const problems = validateAffiliated(
    t,
    await getTownshipSettings(db),
    await db.affiliatedUnions.toArray(),
    selfId,
  );
  if (problems.some((p) => p.severity === 'error'))
    throw new RegistryValidationError('下属工会', problems);
  return t;
}

export async function addAffiliatedUnion(
  db: UnionDeskDb,
  d: AffiliatedUnionDraft,
): Promise<{ batch: Batch; union: AffiliatedUnion }> {
  const row: AffiliatedUnion = { id: newId('au'), ...(await checked(db, d, '')) };
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `新增下属工会“${row.name}”` },
    ['affiliatedUnions'],
    (w) => w.put('affiliatedUnions', row),
  );
  return { batch, union: row };
}

export async function updateAffiliatedUnion(
  db: UnionDeskDb,
  id: string,
  d: AffiliatedUnionDraft,
): Promise<Batch> {
  const old = await db.affiliatedUnions.get(id);
  if (!old) throw new Error('这家下属工会已被删除');
  const row: AffiliatedUnion = { ...old, ...(await checked(db, d, id)), id };
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `修改下属工会“${row.name}”` },
    ['affiliatedUnions'],
    (w) => w.put('affiliatedUnions', row),
  );
  return batch;
}

/** Deletes a union; refused (naming them) while an 应建会单位 says it belongs to it. */
export async function deleteAffiliatedUnion(db: UnionDeskDb, id: string): Promise<Batch> {
  const old = await db.affiliatedUnions.get(id);
  if (!old) throw new Error('这家下属工会已被删除');
  const units = await db.unitsToUnionise.where('unionId').equals(id).toArray();
  if (units.length) {
    const names = units
      .sort(byName)
      .slice(0, 3)
      .map((u) => `“${u.name}”`)
      .join('、');
    throw new Error(
      `“${old.name}”不能删除：应建会单位${names}${units.length > 3 ? `等 ${units.length} 个单位` : ''}属于它，请先把这些单位改为其他工会或“未建会”`,
    );
  }
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: `删除下属工会“${old.name}”` },
    ['affiliatedUnions'],
    (w) => w.delete('affiliatedUnions', id),
  );
  return batch;
}

/**
 * The counts a package reported (or the federation typed): 职工, 会员, 女会员. The package
 * exchange calls this when a union's 年度台账 arrives; the record then shows them as 上报数.
 */
export async function applyReportedCounts(
  db: UnionDeskDb,
  unionId: string,
  counts: { staff: number; members: number; women: number },
): Promise<Batch> {
  const old = await db.affiliatedUnions.get(unionId);
  if (!old) throw new Error('这家下属工会已被删除');
  const next: AffiliatedUnion = { ...old, ...counts };
  const problems = validateAffiliated(next, await getTownshipSettings(db)).filter(
    (p) => p.severity === 'error' && ['staff', 'members', 'women'].includes(p.field),
  );
  if (problems.length) throw new RegistryValidationError(`“${old.name}”的上报人数`, problems);
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `更新“${old.name}”的上报人数` },
    ['affiliatedUnions'],
    (w) => w.put('affiliatedUnions', next),
  );
  return batch;
}

async function checkedUnit(db: UnionDeskDb, d: UnitDraft, selfId: string): Promise<UnitDraft> {
  const t = { ...d, name: d.name.trim(), kind: d.kind.trim(), note: d.note.trim() };
  const problems = validateUnit(
    t,
    await db.affiliatedUnions.toArray(),
    await db.unitsToUnionise.toArray(),
    selfId,
  );
  if (problems.some((p) => p.severity === 'error'))
    throw new RegistryValidationError('应建会单位', problems);
  return t;
}

export async function addUnitToUnionise(
  db: UnionDeskDb,
  d: UnitDraft,
): Promise<{ batch: Batch; unit: UnitToUnionise }> {
  const row: UnitToUnionise = { id: newId('uu'), ...(await checkedUnit(db, d, '')) };
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `新增应建会单位“${row.name}”` },
    ['unitsToUnionise'],
    (w) => w.put('unitsToUnionise', row),
  );
  return { batch, unit: row };
}

export async function updateUnitToUnionise(
  db: UnionDeskDb,
  id: string,
  d: UnitDraft,
): Promise<Batch> {
  const old = await db.unitsToUnionise.get(id);
  if (!old) throw new Error('这个应建会单位已被删除');
  const row: UnitToUnionise = { ...old, ...(await checkedUnit(db, d, id)), id };
  const { batch } = await writeBatch(
    db,
    { kind: 'edit', label: `修改应建会单位“${row.name}”` },
    ['unitsToUnionise'],
    (w) => w.put('unitsToUnionise', row),
  );
  return batch;
}

export async function deleteUnitToUnionise(db: UnionDeskDb, id: string): Promise<Batch> {
  const old = await db.unitsToUnionise.get(id);
  if (!old) throw new Error('这个应建会单位已被删除');
  const { batch } = await writeBatch(
    db,
    { kind: 'delete', label: `删除应建会单位“${old.name}”` },
    ['unitsToUnionise'],
    (w) => w.delete('unitsToUnionise', id),
  );
  return batch;
}

/** What a bulk import writes: new and changed unions (and units), as one batch. */
export interface RegistryWrites {
  unions: { add: AffiliatedUnion[]; put: AffiliatedUnion[] };
  units?: { add: UnitToUnionise[]; put: UnitToUnionise[] };
}

/** Writes an import's unions (and units) as one undoable batch. */
export async function applyRegistryImport(
  db: UnionDeskDb,
  label: string,
  writes: RegistryWrites,
): Promise<Batch> {
  const units = writes.units ?? { add: [], put: [] };
  const { batch } = await writeBatch(
    db,
    {
      kind: 'import',
      label,
      summary: {
        新增: writes.unions.add.length + units.add.length,
        更新: writes.unions.put.length + units.put.length,
      },
    },
    ['affiliatedUnions', 'unitsToUnionise'],
    async (w) => {
      if (writes.unions.add.length) await w.bulkAdd('affiliatedUnions', writes.unions.add);
      if (writes.unions.put.length) await w.bulkPut('affiliatedUnions', writes.unions.put);
      if (units.add.length) await w.bulkAdd('unitsToUnionise', units.add);
      if (units.put.length) await w.bulkPut('unitsToUnionise', units.put);
    },
  );
  return batch;
}

/** When a union's counts came from a package: the newest package's year and import time. */
export interface ReportedFrom {
  year: number;
  importedAt: string;
  fileName: string;
}

/** Per affiliated union, the newest package matched to it (its counts are then 上报数). */
export async function reportedFrom(db: UnionDeskDb): Promise<Map<string, ReportedFrom>> {
  const out = new Map<string, ReportedFrom>();
  for (const p of await db.unionPackages.toArray()) {
    if (!p.affiliatedUnionId) continue;
    const had = out.get(p.affiliatedUnionId);
    if (!had || p.year > had.year || (p.year === had.year && p.importedAt > had.importedAt))
      out.set(p.affiliatedUnionId, {
        year: p.year,
        importedAt: p.importedAt,
        fileName: p.fileName,
      });
  }
  return out;
}
