import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../db/testDb';
import { undoBatch } from '../../../db/batches';
import { emptyAffiliatedDraft, type AffiliatedUnionDraft } from '../rules/affiliated';
import {
  addAffiliatedUnion,
  addUnitToUnionise,
  applyRegistryImport,
  applyReportedCounts,
  deleteAffiliatedUnion,
  deleteUnitToUnionise,
  listAffiliatedUnions,
  reportedFrom,
  RegistryValidationError,
  updateAffiliatedUnion,
  updateUnitToUnionise,
} from './registry';

const draft = (f: Partial<AffiliatedUnionDraft> = {}): AffiliatedUnionDraft => ({
  ...emptyAffiliatedDraft(),
  name: '城南联合工会',
  kind: '联合工会',
  coveredUnits: 3,
  staff: 40,
  members: 30,
  women: 12,
  ...f,
});

describe('the registry store', () => {
  it('adds, edits and undoes an affiliated union', async () => {
    const { db } = freshDb();
    const { union, batch } = await addAffiliatedUnion(db, draft({ name: '  城南联合工会 ' }));
    expect(union.name).toBe('城南联合工会');
    const edit = await updateAffiliatedUnion(db, union.id, draft({ members: 35 }));
    expect((await db.affiliatedUnions.get(union.id))?.members).toBe(35);
    await undoBatch(db, edit.id);
    expect((await db.affiliatedUnions.get(union.id))?.members).toBe(30);
    await undoBatch(db, batch.id);
    expect(await db.affiliatedUnions.count()).toBe(0);
  });

  it('refuses a union with more members than staff and writes nothing', async () => {
    const { db } = freshDb();
    await expect(addAffiliatedUnion(db, draft({ members: 41 }))).rejects.toThrow(
      '下属工会不能保存：会员人数（41）不能多于职工人数（40）',
    );
    await expect(addAffiliatedUnion(db, draft({ members: 41 }))).rejects.toBeInstanceOf(
      RegistryValidationError,
    );
    expect(await db.affiliatedUnions.count()).toBe(0);
  });

  it('refuses to delete a union while units point at it, naming them', async () => {
    const { db } = freshDb();
    const { union } = await addAffiliatedUnion(db, draft());
    const { unit } = await addUnitToUnionise(db, {
      name: '甲公司',
      kind: '企业',
      staff: 12,
      unionId: union.id,
      note: '',
    });
    await expect(deleteAffiliatedUnion(db, union.id)).rejects.toThrow(
      /“城南联合工会”不能删除：应建会单位“甲公司”属于它/,
    );
    await updateUnitToUnionise(db, unit.id, { ...unit, unionId: '' });
    const del = await deleteAffiliatedUnion(db, union.id);
    expect(await db.affiliatedUnions.count()).toBe(0);
    await undoBatch(db, del.id);
    expect(await db.affiliatedUnions.count()).toBe(1);
    await deleteUnitToUnionise(db, unit.id);
    expect(await db.unitsToUnionise.count()).toBe(0);
  });

  it('refuses a unit pointing at a union that does not exist', async () => {
    const { db } = freshDb();
    await expect(
      addUnitToUnionise(db, { name: '乙厂', kind: '企业', staff: 3, unionId: 'nope', note: '' }),
    ).rejects.toThrow('所选的下属工会已不存在');
  });

  it('applies reported counts and refuses women above members', async () => {
    const { db } = freshDb();
    const { union } = await addAffiliatedUnion(db, draft());
    await applyReportedCounts(db, union.id, { staff: 50, members: 45, women: 20 });
    expect((await db.affiliatedUnions.get(union.id))?.members).toBe(45);
    await expect(
      applyReportedCounts(db, union.id, { staff: 50, members: 45, women: 46 }),
    ).rejects.toThrow(/女会员（46）不能多于会员人数（45）/);
  });

  it('imports many unions as one batch that one undo removes', async () => {
    const { db } = freshDb();
    const rows = ['甲', '乙', '丙'].map((n, i) => ({
      id: `x${i}`,
      ...draft({ name: `${n}工会` }),
    }));
    const batch = await applyRegistryImport(db, '导入下属工会名单', {
      unions: { add: rows, put: [] },
    });
    expect((await listAffiliatedUnions(db)).map((u) => u.name)).toHaveLength(3);
    expect(batch.summary).toEqual({ 新增: 3, 更新: 0 });
    await undoBatch(db, batch.id);
    expect(await db.affiliatedUnions.count()).toBe(0);
  });

  it('marks a union whose counts came from a package with the newest package', async () => {
    const { db } = freshDb();
    const { union } = await addAffiliatedUnion(db, draft());
    const pkg = (id: string, year: number, affiliatedUnionId: string, importedAt: string) => ({
      id,
      unionKey: 'A01',
      unionName: '城南联合工会',
      affiliatedUnionId,
      year,
      fileName: `${id}.xlsx`,
      checksum: '',
      exportedAt: importedAt,
      importedAt,
      figures: {},
      personKeys: [],
    });
    await db.unionPackages.bulkAdd([
      pkg('p2025', 2025, union.id, '2026-01-05T00:00:00Z'),
      pkg('p2026', 2026, union.id, '2026-11-20T00:00:00Z'),
      pkg('unknown', 2026, '', '2026-11-21T00:00:00Z'),
    ]);
    const from = await reportedFrom(db);
    expect([...from.keys()]).toEqual([union.id]);
    expect(from.get(union.id)).toEqual({
      year: 2026,
      importedAt: '2026-11-20T00:00:00Z',
      fileName: 'p2026.xlsx',
    });
  });
});
