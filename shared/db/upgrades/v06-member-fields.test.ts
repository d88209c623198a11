import { describe, expect, it } from 'vitest';
import { openDb } from '../db';
import { freshDb } from '../testDb';

const member = (id: string, idNumber: string | null) => ({
  id,
  name: id,
  idNumber,
  status: '在职',
  statusHistory: [{ status: '在职', date: '2020-01-01' }],
  rosterOrder: 1,
});

describe('schema v6: 证件类型, 是否会员 and 岗位类别 on members', () => {
  it('types checked resident IDs as 居民身份证, other numbers as 其他, and keeps everyone a member', async () => {
    const { db: v5, name } = freshDb(5);
    await v5
      .table('members')
      .bulkAdd([
        member('valid', '11010519491231002X'),
        member('lower-x', '11010519491231002x'),
        member('hk', 'H12345678'),
        member('bad-check', '110105194912310021'),
        member('none', null),
      ]);
    v5.close();

    const db = openDb(name, 6);
    await db.open();
    const rows = await db.members.orderBy('id').toArray();
    expect(rows.map((m) => [m.id, m.idType, m.isMember, m.postCategory])).toEqual([
      ['bad-check', '其他', true, null],
      ['hk', '其他', true, null],
      ['lower-x', '居民身份证', true, null],
      ['none', '居民身份证', true, null],
      ['valid', '居民身份证', true, null],
    ]);
    expect(rows.find((m) => m.id === 'hk')!.idNumber).toBe('H12345678');
    db.close();
  });

  it('changes nothing on a new, empty database', async () => {
    const { db } = freshDb(6);
    await db.open();
    expect(await db.members.count()).toBe(0);
    db.close();
  });
});
