import { describe, expect, it } from 'vitest';
import { idMinter, newId } from './newId';

describe('newId', () => {
  it('starts with its prefix, then the time and a random part', () => {
    expect(newId('act')).toMatch(/^act-[0-9a-z]+-[0-9a-f]{12}$/);
  });

  it('mints 50,000 different ids in a burst, as a large roster import does', () => {
    const ids = new Set(Array.from({ length: 50_000 }, () => newId('m')));
    expect(ids.size).toBe(50_000);
  });
});

describe('idMinter', () => {
  it('mints 100,000 different ids in a burst: shaped as newId mints them', () => {
    const mint = idMinter('m');
    const ids = Array.from({ length: 100_000 }, mint);
    for (const id of ids.slice(0, 10)) expect(id).toMatch(/^m-[0-9a-z]+-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(100_000);
    // Two minters started in the same millisecond still do not collide.
    const other = Array.from({ length: 100_000 }, idMinter('m'));
    expect(new Set([...ids, ...other]).size).toBe(200_000);
  });

  it('mints ids that sort in the order they were minted, past 65,536 of them', () => {
    const ids = Array.from({ length: 150_000 }, idMinter('m'));
    // IndexedDB orders string keys by code unit, as < does.
    const outOfOrder = ids.findIndex((id, i) => i > 0 && !(ids[i - 1]! < id));
    expect(outOfOrder).toBe(-1);
    expect(new Set(ids.map((id) => id.split('-')[1])).size).toBeGreaterThan(2);
  });
});

describe('where ids are minted', () => {
  it('is only newId: no store or screen calls crypto.randomUUID itself', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, '../../..');
    const files = ['shared', 'renderer'].flatMap((dir) =>
      (readdirSync(join(root, dir), { recursive: true }) as string[])
        .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
        .map((f) => join(dir, f)),
    );
    // testDb.ts names a throw-away test database, not a record.
    const allowed = new Set([
      join('shared', 'core', 'ids', 'newId.ts'),
      join('shared', 'db', 'testDb.ts'),
    ]);
    const offenders = files.filter(
      (f) => !allowed.has(f) && readFileSync(join(root, f), 'utf8').includes('randomUUID'),
    );
    expect(offenders).toEqual([]);
  });
});
