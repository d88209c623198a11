import { describe, expect, it } from 'vitest';
import { ALL_TABLES, DATA_TABLES, openDb } from './db';
import { KERNEL_TABLE_STORES, LATEST_VERSION, SCHEMA } from './schema';
import { LEDGER_TABLE_STORES } from '../ledgers/tables';
import { LEDGERS } from '../ledgers';
import { freshDb } from './testDb';
import snapshot from './schema.snapshot.json';
import { DERIVED_TABLE_STORES } from './derived';

// The three checks that keep the schema, the ledgers and backups one list.

const released = () => SCHEMA.map((v) => ({ version: v.version, stores: v.stores }));

async function dump(name: string): Promise<Record<string, unknown[]>> {
  const db = openDb(name);
  await db.open();
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  const schema = Object.fromEntries(
    db.tables.map((t) => [
      t.name,
      [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', '),
    ]),
  );
  db.close();
  return { ...out, __schema: [schema] };
}

describe('the schema', () => {
  it('declares released versions exactly as schema.snapshot.json recorded them', () => {
    // A released version never changes. A new version is appended to the snapshot by hand,
    // in the commit that adds it, so the change to the released schema is on purpose.
    expect(released()).toEqual(snapshot);
  });

  it("declares in its newest version exactly the kernel's tables and every ledger's", () => {
    const newest = SCHEMA[SCHEMA.length - 1]!.stores;
    expect(newest).toEqual({
      ...KERNEL_TABLE_STORES,
      ...LEDGER_TABLE_STORES,
      ...DERIVED_TABLE_STORES,
    });
    const fromRegistry = Object.assign({}, ...LEDGERS.map((l) => l.tables));
    expect(fromRegistry).toEqual(LEDGER_TABLE_STORES);
  });

  it('backs up every table it declares but the derived ones', () => {
    const declared = Object.keys(SCHEMA[SCHEMA.length - 1]!.stores);
    expect([...ALL_TABLES].sort()).toEqual(
      declared.filter((t) => !(t in DERIVED_TABLE_STORES)).sort(),
    );
    expect(DATA_TABLES).not.toContain('batches');
  });

  it('gives a new database the same tables, indexes and rows as one upgraded from version 1', async () => {
    const { db: v1, name: upgradedName } = freshDb(1);
    await v1.open();
    v1.close();
    const upgraded = await dump(upgradedName);
    const created = await dump(`fresh-${crypto.randomUUID()}`);
    expect(Object.keys(created).sort()).toEqual(Object.keys(upgraded).sort());
    for (const table of Object.keys(created))
      expect(created[table], table).toEqual(upgraded[table]);
    expect(LATEST_VERSION).toBe(SCHEMA.length);
  });
});
