import { describe, expect, it } from 'vitest';
import { openDb } from './db';
import { LATEST_VERSION } from './schema';
import { newMember } from '../ledgers/roster/rules/member';
import { DEFAULT_ACTIVITY_KINDS } from '../ledgers/activities/rules/activity';

describe('schema v3: activities and meetings', () => {
  it('keeps the members of a v2 database and seeds the default activity kinds on upgrade', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const v2 = openDb(name, 2);
    await v2.members.bulkAdd([
      newMember({ id: 'm1', name: '王芳', department: '语文组' }),
      newMember({ id: 'm2', name: '李强' }),
    ]);
    v2.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect((await db.members.toArray()).map((m) => [m.name, m.department])).toEqual([
      ['王芳', '语文组'],
      ['李强', null],
    ]);
    const kinds = await db.activityKinds.orderBy('order').toArray();
    expect(kinds.map((k) => k.name)).toEqual([
      '文体活动',
      '会议',
      '培训',
      '体检',
      '疗休养',
      '比赛/竞赛',
      '其他',
    ]);
    expect(await db.activities.count()).toBe(0);
    db.close();
  });

  it('gives a brand-new database the same default kinds', async () => {
    const db = openDb(`t-${crypto.randomUUID()}`);
    expect(await db.activityKinds.orderBy('order').toArray()).toEqual(DEFAULT_ACTIVITY_KINDS);
    db.close();
  });
});
