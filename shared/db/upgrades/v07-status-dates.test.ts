import { describe, expect, it } from 'vitest';
import { openDb } from '../db';
import { freshDb } from '../testDb';

const member = (
  id: string,
  fields: { joinDate?: string | null; hireDate?: string | null },
  statusHistory: { status: string; date: string; note?: string }[],
) => ({
  id,
  name: id,
  idNumber: null,
  idType: '居民身份证',
  isMember: true,
  postCategory: null,
  joinDate: fields.joinDate ?? null,
  hireDate: fields.hireDate ?? null,
  status: statusHistory[statusHistory.length - 1]!.status,
  statusHistory,
  rosterOrder: 1,
});

// Rows as v6 wrote them: an import on 2026-12-01 (local; 2026-11-30T23:30Z) added three
// members; one was then retired back-dated to the date on his letter.
const IMPORT_AT = '2026-11-30T23:30:00.000Z';
const v6Rows = [
  member('retired', {}, [
    { status: '退休', date: '2026-11-30' },
    { status: '在职', date: '2026-12-01', note: '导入花名册' },
  ]),
  member('hired', { hireDate: '2003-08-01' }, [
    { status: '在职', date: '2026-12-01', note: '导入花名册' },
  ]),
  member('joined', { joinDate: '2001-09-01' }, [
    { status: '在职', date: '2001-09-01', note: '导入花名册' },
  ]),
  member('sheet-retiree', {}, [{ status: '退休', date: '2026-12-01', note: '导入年度台账' }]),
  member('by-hand', {}, [
    { status: '退休', date: '2026-11-30' },
    { status: '在职', date: '2026-12-01' },
  ]),
];

describe('schema v7: first status entries dated the import day', () => {
  it('redates the entries an import made, and leaves members added by hand alone', async () => {
    const { db: v6, name } = freshDb(6);
    await v6.table('members').bulkAdd(v6Rows);
    await v6.table('batches').bulkAdd([
      {
        id: 'b-import',
        kind: 'import',
        label: '导入“花名册.xlsx”',
        at: IMPORT_AT,
        summary: {},
        changeCount: 3,
        undoneAt: null,
      },
      {
        id: 'b-wb',
        kind: 'import',
        label: '导入年度台账“台账.xlsx”',
        at: '2026-12-01T02:00:00.000Z',
        summary: {},
        changeCount: 1,
        undoneAt: null,
      },
      {
        id: 'b-hand',
        kind: 'edit',
        label: '新增会员 by-hand',
        at: IMPORT_AT,
        summary: {},
        changeCount: 1,
        undoneAt: null,
      },
    ]);
    await v6.table('changes').bulkAdd([
      {
        batchId: 'b-import',
        table: 'members',
        key: '',
        before: null,
        after: null,
        added: { keys: ['retired', 'hired', 'joined'], hashes: ['x', 'y', 'z'] },
        at: IMPORT_AT,
      },
      {
        batchId: 'b-wb',
        table: 'members',
        key: '',
        before: null,
        after: null,
        added: { keys: ['sheet-retiree'], hashes: ['w'] },
        at: '2026-12-01T02:00:00.000Z',
      },
      {
        batchId: 'b-hand',
        table: 'members',
        key: 'by-hand',
        before: null,
        after: v6Rows[4],
        at: IMPORT_AT,
      },
    ]);
    v6.close();

    const db = openDb(name, 7);
    await db.open();
    const rows = Object.fromEntries((await db.members.toArray()).map((m) => [m.id, m]));
    expect(rows.retired!.status).toBe('退休');
    expect(rows.retired!.statusHistory).toEqual([
      { status: '在职', date: '', note: '导入花名册' },
      { status: '退休', date: '2026-11-30' },
    ]);
    expect(rows.hired!.statusHistory).toEqual([
      { status: '在职', date: '2003-08-01', note: '导入花名册' },
    ]);
    expect(rows.joined!.statusHistory).toEqual([
      { status: '在职', date: '2001-09-01', note: '导入花名册' },
    ]);
    expect(rows['sheet-retiree']!.status).toBe('退休');
    expect(rows['sheet-retiree']!.statusHistory).toEqual([
      { status: '退休', date: '', note: '导入年度台账' },
    ]);
    expect(rows['by-hand']).toEqual(v6Rows[4]);
    db.close();
  });

  it('changes nothing on a new, empty database', async () => {
    const { db } = freshDb(7);
    await db.open();
    expect(await db.members.count()).toBe(0);
    db.close();
  });
});
