import { describe, expect, it } from 'vitest';
import { openDb } from '../../../db/db';
import { changeStatus, deleteMember, saveMember } from './members';
import { readMembersInSlices, watchMembers } from './watchMembers';
import { newMember, type Member } from '../rules/member';

const person = (id: string, name: string) => newMember({ id, name }, '2026-01-01T00:00:00.000Z');

/** Subscribes and returns a function resolving with the next list that satisfies `ok`. */
function watch(d: ReturnType<typeof openDb>) {
  let latest: Member[] | null = null;
  const waiters: { ok: (m: Member[]) => boolean; resolve: (m: Member[]) => void }[] = [];
  const stop = watchMembers(
    d,
    (m) => {
      latest = m;
      for (const w of [...waiters])
        if (w.ok(m)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(m);
        }
    },
    (e) => {
      throw e;
    },
  );
  const until = (ok: (m: Member[]) => boolean) =>
    new Promise<Member[]>((resolve) => {
      if (latest && ok(latest)) resolve(latest);
      else waiters.push({ ok, resolve });
    });
  return { until, stop };
}

describe('watchMembers', () => {
  it('sends the roster in order, then again after an add, an edit and a delete', async () => {
    const d = openDb(`t-${crypto.randomUUID()}`);
    await saveMember(d, person('a', '张三'));
    await saveMember(d, person('b', '李四'));
    const w = watch(d);
    expect((await w.until((m) => m.length === 2)).map((m) => m.name)).toEqual(['张三', '李四']);

    await saveMember(d, person('c', '王五'));
    await w.until((m) => m.length === 3);

    // An edit that keeps the count the same still reaches the screen.
    await changeStatus(d, { id: 'a' }, { status: '退休', date: '2026-02-01' });
    const edited = await w.until((m) => m.find((x) => x.id === 'a')?.status === '退休');
    expect(edited).toHaveLength(3);

    await deleteMember(d, 'b');
    expect((await w.until((m) => m.length === 2)).map((m) => m.id)).toEqual(['a', 'c']);
    w.stop();
  });
});

describe('readMembersInSlices', () => {
  it('reads 6,000 members in roster order (ties by id), the first rows first', async () => {
    const d = openDb(`t-${crypto.randomUUID()}`);
    // ids in the opposite order of rosterOrder, and runs of equal rosterOrder, so neither the
    // key order nor a careless sort gives the roster order
    const rows = Array.from({ length: 6000 }, (_, i) => ({
      ...person(`m${String(9999 - i).padStart(4, '0')}`, `成员${i}`),
      rosterOrder: Math.floor(i / 7),
    }));
    const expected = [...rows].sort(
      (a, b) => a.rosterOrder - b.rosterOrder || (a.id < b.id ? -1 : 1),
    );
    await d.members.bulkAdd(rows);
    const firsts: string[][] = [];
    let sliced = 0;
    const all = await readMembersInSlices(
      d,
      (first) => firsts.push(first.map((m) => m.id)),
      (slice) => (sliced += slice.length),
    );
    expect(all.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    expect(firsts).toEqual([expected.slice(0, 300).map((m) => m.id)]);
    expect(sliced).toBe(6000);
  });

  it('reads a small roster in one go, without a separate first slice', async () => {
    const d = openDb(`t-${crypto.randomUUID()}`);
    await d.members.bulkAdd([person('b', '乙'), { ...person('a', '甲'), rosterOrder: 5 }]);
    const firsts: unknown[] = [];
    const all = await readMembersInSlices(d, (f) => firsts.push(f));
    expect(all.map((m) => m.id)).toEqual(['b', 'a']);
    expect(firsts).toEqual([]);
  });
});
