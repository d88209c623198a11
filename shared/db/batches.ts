import Dexie from 'dexie';
import type { DataRows, DataTable, UnionDeskDb } from './db';
import type { Batch, BatchKind, ChangeRecord } from './batchTypes';
import { newId } from '../core/ids/newId';

export type { Batch, BatchKind, ChangeRecord } from './batchTypes';

/** Any record of a data table. All data tables here use string primary keys. */
type Row = DataRows[DataTable];

/**
 * Writes through a batch: every change is logged with its before and after. Each write is
 * typed by its table, so a row of the wrong shape is a compile error, not a stored surprise.
 */
export interface BatchWriter {
  put<T extends DataTable>(table: T, row: DataRows[T]): Promise<void>;
  bulkPut<T extends DataTable>(table: T, rows: readonly DataRows[T][]): Promise<void>;
  /** Rows that are new (fresh keys): no before-read; fails, writing nothing, if a key exists. */
  bulkAdd<T extends DataTable>(table: T, rows: readonly DataRows[T][]): Promise<void>;
  /** Deletes by primary key (every data table has string keys). */
  delete(table: DataTable, key: string): Promise<void>;
  bulkDelete(table: DataTable, keys: readonly string[]): Promise<void>;
  /** Counts shown in the batch summary (新增/更新/跳过 …). */
  count(label: string, n?: number): void;
}

export interface BatchMeta {
  kind: BatchKind;
  label: string;
  summary?: Record<string, number>;
}

/** What writeBatch hands back: the batch as logged, and whatever `fn` returned. */
export interface BatchOutcome<R> {
  batch: Batch;
  result: R;
}

export class BatchConflictError extends Error {
  constructor(public readonly conflicts: number) {
    super(`有 ${conflicts} 条记录在这次操作之后又被修改过，撤销会覆盖这些后来的修改。`);
  }
}

function keyOf(db: UnionDeskDb, table: DataTable, row: Row): string {
  return keyOfPath(table, db.table(table).schema.primKey.keyPath as string, row);
}

function keyOfPath(table: DataTable, keyPath: string, row: Row): string {
  const key: unknown = Reflect.get(row, keyPath);
  if (typeof key !== 'string' || key === '') throw new Error(`Row in ${table} has no key`);
  return key;
}

function newBatchId(): string {
  return newId('b');
}

/**
 * Runs `fn` as one transaction over `tables` plus the change log: all its writes land,
 * with their before/after recorded under one batch id, or none do. Returns the batch and
 * what `fn` returned (the saved record, a count …), so callers need no closure variables.
 */
export async function writeBatch<R = void>(
  db: UnionDeskDb,
  meta: BatchMeta,
  tables: readonly DataTable[],
  fn: (w: BatchWriter) => Promise<R>,
): Promise<BatchOutcome<R>> {
  const batch: Batch = {
    id: newBatchId(),
    kind: meta.kind,
    label: meta.label,
    at: new Date().toISOString(),
    summary: { ...(meta.summary ?? {}) },
    changeCount: 0,
    undoneAt: null,
  };
  const result = await db.transaction('rw', [...tables, 'batches', 'changes'], async () => {
    const log = async (
      table: DataTable,
      pairs: { key: string; before: unknown; after: unknown }[],
    ) => {
      const records: ChangeRecord[] = pairs.map((p) => ({
        batchId: batch.id,
        table,
        key: p.key,
        before: p.before ?? null,
        after: p.after ?? null,
        at: batch.at,
      }));
      batch.changeCount += records.length;
      await db.changes.bulkAdd(records);
    };
    const writer: BatchWriter = {
      put: (table, row) => writer.bulkPut(table, [row]),
      async bulkPut(table, rows) {
        if (rows.length === 0) return;
        const keys = rows.map((r) => keyOf(db, table, r));
        const before = await db.table(table).bulkGet(keys);
        await db.table(table).bulkPut([...rows]);
        await log(
          table,
          rows.map((r, i) => ({ key: keys[i]!, before: before[i], after: r })),
        );
      },
      bulkAdd(table, rows) {
        // Dexie's own promise, not an async function's: a caller may keep several chunks
        // in flight (issued, not yet awaited) and the transaction's zone stays with them.
        if (rows.length === 0) return Dexie.Promise.resolve();
        let keys: string[];
        try {
          const keyPath = db.table(table).schema.primKey.keyPath as string;
          keys = rows.map((r) => keyOfPath(table, keyPath, r));
        } catch (e) {
          return Dexie.Promise.reject(e);
        }
        batch.changeCount += rows.length;
        // Both requests are issued at once (IndexedDB runs them in order in the one
        // transaction): one round trip to the database per chunk, not two. A failed add
        // rejects, and the transaction rolls back both.
        return Dexie.Promise.all([
          db.table(table).bulkAdd([...rows]),
          db.changes.add({
            batchId: batch.id,
            table,
            key: '',
            before: null,
            after: null,
            added: { keys, hashes: rows.map(rowHash) },
            at: batch.at,
          }),
        ]).then(() => undefined);
      },
      delete: (table, key) => writer.bulkDelete(table, [key]),
      async bulkDelete(table, keys) {
        if (keys.length === 0) return;
        const before = await db.table(table).bulkGet([...keys]);
        const existing = keys
          .map((key, i) => ({ key, before: before[i], after: null }))
          .filter((p) => p.before !== undefined);
        await db.table(table).bulkDelete(existing.map((p) => p.key));
        await log(table, existing);
      },
      count(label, n = 1) {
        batch.summary[label] = (batch.summary[label] ?? 0) + n;
      },
    };
    const out = await fn(writer);
    await db.batches.put(batch);
    return out;
  });
  return { batch, result };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** FNV-1a over a row's JSON: enough to tell whether a row changed since the batch wrote it. */
export function rowHash(row: unknown): string {
  const s = JSON.stringify(row ?? null);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36) + s.length.toString(36);
}

/**
 * Puts every row the batch touched back exactly as it was before, in one transaction.
 * Refuses (BatchConflictError) when a row was changed again after the batch, unless
 * `force` — the caller asks the user first.
 */
export async function undoBatch(
  db: UnionDeskDb,
  batchId: string,
  opts: { force?: boolean } = {},
): Promise<void> {
  const batch = await db.batches.get(batchId);
  if (!batch) throw new Error('找不到这次操作的记录，无法撤销。');
  if (batch.undoneAt) throw new Error(`“${batch.label}”已于之前撤销过。`);
  const changes = await db.changes.where('batchId').equals(batchId).sortBy('seq');
  const tables = [...new Set(changes.map((c) => c.table))];
  await db.transaction('rw', [...tables, 'batches', 'changes'], async () => {
    // A row is in conflict when it no longer looks as the batch left it (its last `after`).
    const lastAfter = new Map<string, ChangeRecord>();
    for (const c of changes) if (!c.added) lastAfter.set(`${c.table}\u0000${c.key}`, c);
    let conflicts = 0;
    for (const c of lastAfter.values()) {
      const current = await db.table(c.table).get(c.key);
      if (!sameJson(current, c.after)) conflicts++;
    }
    for (const c of changes) {
      if (!c.added) continue;
      const current = await db.table(c.table).bulkGet(c.added.keys);
      current.forEach((row, i) => {
        if (rowHash(row) !== c.added!.hashes[i]) conflicts++;
      });
    }
    if (conflicts > 0 && !opts.force) throw new BatchConflictError(conflicts);
    // Newest change first, so a row changed twice in one batch ends at its first `before`.
    for (const c of [...changes].reverse()) {
      if (c.added) await db.table(c.table).bulkDelete(c.added.keys);
      else if (c.before === null) await db.table(c.table).delete(c.key);
      else await db.table(c.table).put(c.before);
    }
    await db.batches.update(batchId, { undoneAt: new Date().toISOString() });
  });
}

/** Batches newest first, optionally of one kind. */
export async function listBatches(db: UnionDeskDb, kind?: BatchKind): Promise<Batch[]> {
  const all = kind
    ? await db.batches.where('kind').equals(kind).toArray()
    : await db.batches.toArray();
  return all.sort((a, b) => b.at.localeCompare(a.at));
}
