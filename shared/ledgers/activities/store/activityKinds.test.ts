import { describe, expect, it } from 'vitest';
import { openDb } from '../../../db/db';
import {
  addActivityKind,
  deleteActivityKind,
  listActivityKinds,
  renameActivityKind,
  reorderActivityKinds,
} from './activityKinds';
import { createActivity } from './activities';
import { emptyActivityDraft } from '../rules/activity';

describe('activity kinds', () => {
  it('adds a kind at the end and refuses a duplicate name', async () => {
    const db = openDb(`t-${crypto.randomUUID()}`);
    await addActivityKind(db, '读书活动');
    expect((await listActivityKinds(db)).at(-1)?.name).toBe('读书活动');
    await expect(addActivityKind(db, '会议')).rejects.toThrow('已有名为“会议”的类别');
  });

  it('renames and reorders kinds', async () => {
    const db = openDb(`t-${crypto.randomUUID()}`);
    await renameActivityKind(db, 'kind-wenti', '文体活动（含比赛）');
    await reorderActivityKinds(db, ['kind-meeting', 'kind-wenti']);
    expect((await listActivityKinds(db)).slice(0, 3).map((k) => k.name)).toEqual([
      '会议',
      '文体活动（含比赛）',
      '培训',
    ]);
  });

  it('refuses to delete a kind that activities use, and deletes an unused one', async () => {
    const db = openDb(`t-${crypto.randomUUID()}`);
    await createActivity(db, {
      ...emptyActivityDraft('kind-meeting'),
      title: '教职工大会',
      startDate: '2026-02-24',
    });
    await expect(deleteActivityKind(db, 'kind-meeting')).rejects.toThrow(
      '类别“会议”已被 1 个活动使用，不能删除',
    );
    await deleteActivityKind(db, 'kind-other');
    expect((await listActivityKinds(db)).map((k) => k.name)).not.toContain('其他');
  });
});
