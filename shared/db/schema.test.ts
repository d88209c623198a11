import { describe, expect, it } from 'vitest';
import { openDb } from './db';
import { LATEST_VERSION, SCHEMA } from './schema';
import { freshDb } from './testDb';

describe('schema versions', () => {
  it('are numbered 1, 2, 3 … without gaps, each with a reason', () => {
    SCHEMA.forEach((v, i) => {
      expect(v.version).toBe(i + 1);
      expect(v.reason.length).toBeGreaterThan(10);
    });
  });

  it('keeps the data of a version-1 database when it is upgraded to the latest version', async () => {
    const { db: v1, name } = freshDb(1);
    await v1.table('settings').put({ key: 'profile', value: { unionName: '某某学校工会委员会' } });
    await v1.table('batches').put({
      id: 'b1',
      kind: 'edit',
      label: '修改工会信息',
      at: '2026-01-01T00:00:00.000Z',
      summary: {},
      changeCount: 1,
      undoneAt: null,
    });
    await v1.table('changes').add({
      batchId: 'b1',
      table: 'settings',
      key: 'profile',
      before: null,
      after: { unionName: '某某学校工会委员会' },
      at: '2026-01-01T00:00:00.000Z',
    });
    expect(v1.verno).toBe(1);
    v1.close();

    const latest = openDb(name);
    await latest.open();
    expect(latest.verno).toBe(LATEST_VERSION);
    expect((await latest.settings.get('profile'))?.value).toEqual({
      unionName: '某某学校工会委员会',
    });
    expect(await latest.batches.count()).toBe(1);
    expect(await latest.changes.where('batchId').equals('b1').count()).toBe(1);
    // Tables added after version 1 are usable at once.
    await latest.members.put({ id: 'm1', name: '张三' } as never);
    expect((await latest.members.get('m1'))?.name).toBe('张三');
    latest.close();
  });

  it('upgrades every intermediate version in turn with the data intact', async () => {
    for (let from = 1; from < LATEST_VERSION; from++) {
      const { db: old, name } = freshDb(from);
      await old.table('settings').put({ key: 'marker', value: from });
      old.close();
      const next = openDb(name, from + 1);
      await next.open();
      expect(next.verno).toBe(from + 1);
      expect((await next.settings.get('marker'))?.value).toBe(from);
      next.close();
    }
  });
});
