import type { UnionDeskDb } from '../../../db/db';
import { writeBatch, type Batch } from '../../../db/batches';
import { idMinter, newId } from '../../../core/ids/newId';
import {
  DEFAULT_ID_TYPE,
  firstStatusDate,
  newMember,
  withStatus,
  type Member,
  type OrgUnit,
} from '../rules/member';
import type { IsoDate } from '../../../core/text/dates';
import type { ImportedRow } from './types';
import { changesFor, type ChangeField, type PlannedRow } from './plan';

export interface ApplyOptions {
  fileName: string;
  /** What to do with in-service members the file does not contain. */
  missing: { action: 'keep' } | { action: 'transfer'; date: IsoDate; memberIds: string[] };
  /** Date for status changes the file brings (e.g. a row now says 退休). */
  today: IsoDate;
  now?: string;
  newId?: () => string;
  /** Rows already counted as problems (errors or warnings), for the summary. */
  problemRows: number;
  /** Called as the write goes on: rows written so far of all rows to write. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Rows per write inside the import's one transaction (each chunk is one short task): the
 * first chunk of new members, and every chunk of updates. Later chunks of new members are
 * sized to take about WRITE_TASK_MS each to build and hand to the database (on a slow or
 * busy machine they get smaller, on a fast one larger), within WRITE_CHUNK_MIN…MAX.
 */
export const WRITE_CHUNK = 500;
export const WRITE_TASK_MS = 20;
export const WRITE_CHUNK_MIN = 100;
export const WRITE_CHUNK_MAX = 1000;
/**
 * Chunks of new members issued before the oldest is awaited: while the database writes
 * one chunk, the next is built and handed over, instead of each side waiting for the
 * other. IndexedDB runs the requests of one transaction in the order they were issued.
 */
export const WRITE_AHEAD = 2;

export const IMPORT_SUMMARY_LABELS = {
  add: '新增',
  update: '更新',
  skip: '跳过',
  problems: '问题',
  transfer: '标记调出',
} as const;

export function memberFromRow(
  row: ImportedRow,
  id: string,
  rosterOrder: number,
  today: IsoDate,
  now: string,
): Member {
  const status = row.status ?? '在职';
  return newMember(
    {
      id,
      name: row.name!,
      gender: row.gender,
      idType: row.idType ?? DEFAULT_ID_TYPE,
      idNumber: row.idNumber,
      birthDate: row.birthDate,
      ethnicity: row.ethnicity,
      politicalStatus: row.politicalStatus,
      education: row.education,
      title: row.title,
      post: row.post,
      postCategory: row.postCategory,
      department: row.department,
      unionGroup: row.unionGroup,
      phone: row.phone,
      hireDate: row.hireDate,
      joinDate: row.joinDate,
      // A roster without a 是否会员 column is a list of members, as every roster was before.
      isMember: row.isMember ?? true,
      employmentType: row.employmentType,
      wageBase: row.wageBase,
      notes: row.notes ?? '',
      rosterOrder,
      status,
      // 在职 since 入会时间 / 参加工作时间, else since an unknown day; any other status read
      // from the file (a 退休 sheet) has no date of its own: unknown, never the import day.
      statusHistory: [
        {
          status,
          date: status === '在职' ? firstStatusDate(row) : '',
          note: '导入花名册',
        },
      ],
    },
    now,
  );
}

export function updatedMember(
  row: ImportedRow,
  m: Member,
  today: IsoDate,
  now: string,
  fields?: readonly ChangeField[],
): Member {
  let next: Member = { ...m, updatedAt: now };
  for (const c of changesFor(row, m)) {
    if (fields && !fields.includes(c.field)) continue;
    if (c.field === 'status')
      next = withStatus(next, { status: row.status!, date: today, note: '导入花名册' });
    else (next as unknown as Record<string, unknown>)[c.field] = c.to;
  }
  return next;
}

/**
 * Writes a planned import in ONE transaction (all or nothing), as one batch that
 * 「撤销本次导入」 undoes exactly, also after a restart. New departments and union groups
 * named in the file join the managed lists.
 */
export async function applyImport(
  db: UnionDeskDb,
  rows: readonly ImportedRow[],
  plan: readonly PlannedRow[],
  opts: ApplyOptions,
): Promise<Batch> {
  const now = opts.now ?? new Date().toISOString();
  const mintId = opts.newId ?? idMinter('m');
  const { batch } = await writeBatch(
    db,
    { kind: 'import', label: `导入“${opts.fileName}”` },
    ['members', 'departments', 'unionGroups'],
    async (w) => {
      // Only the members this import touches are read, not the whole roster.
      const wanted = new Set<string>();
      for (const p of plan) if (p.decision.action === 'update') wanted.add(p.decision.memberId);
      if (opts.missing.action === 'transfer')
        for (const id of opts.missing.memberIds) wanted.add(id);
      const ids = [...wanted];
      const found = await db.members.bulkGet(ids);
      const members = new Map<string, Member>();
      found.forEach((m, i) => m && members.set(ids[i]!, m));
      const last = await db.members.orderBy('rosterOrder').last();
      let order = Math.max(0, last?.rosterOrder ?? 0) + 1;

      const total =
        plan.filter((p) => p.decision.action !== 'skip').length +
        (opts.missing.action === 'transfer' ? opts.missing.memberIds.length : 0);
      let done = 0;
      opts.onProgress?.(0, total);
      const orgNames = { department: new Set<string>(), unionGroup: new Set<string>() };
      const note = (m: Member) => {
        if (m.department) orgNames.department.add(m.department);
        if (m.unionGroup) orgNames.unionGroup.add(m.unionGroup);
      };
      // Chunks inside the one transaction: each chunk is its own short task on the main
      // thread, and progress is reported between them. Only Dexie calls are awaited, so the
      // transaction stays open; a throw anywhere still rolls back every chunk.
      let adds: Member[] = [];
      let puts: Member[] = [];
      let addChunk = WRITE_CHUNK;
      // When the chunk being filled was started (the task's work from there to its hand-over).
      let chunkStart = performance.now();
      // New members' chunks in flight (fresh keys: no chunk reads what another writes).
      const inflight: { written: Promise<void>; settled: boolean }[] = [];
      const writeAdds = async () => {
        const chunk = adds;
        adds = [];
        const entry = { settled: false, written: Promise.resolve() };
        // A .then on the writer's (Dexie) promise: it runs in the transaction's zone,
        // which a second async function running alongside would not keep.
        entry.written = w.bulkAdd('members', chunk).then(() => {
          entry.settled = true;
          done += chunk.length;
          opts.onProgress?.(done, total);
        });
        // Awaited below, so a failure is thrown there (and rolls everything back).
        entry.written.catch(() => (entry.settled = true));
        inflight.push(entry);
        const took = performance.now() - chunkStart;
        if (took > 0)
          addChunk = Math.round(
            Math.min(
              WRITE_CHUNK_MAX,
              Math.max(WRITE_CHUNK_MIN, (chunk.length * WRITE_TASK_MS) / took),
            ),
          );
        while (inflight[0]?.settled) await inflight.shift()!.written;
        // Waiting on a chunk still being written ends this task: the page repaints the
        // progress, and no task builds more than WRITE_AHEAD chunks.
        if (inflight.length >= WRITE_AHEAD) await inflight.shift()!.written;
        chunkStart = performance.now();
      };
      const writePuts = async () => {
        const chunk = puts;
        puts = [];
        await w.bulkPut('members', chunk);
        done += chunk.length;
        opts.onProgress?.(done, total);
      };
      for (const p of plan) {
        const row = rows[p.index]!;
        if (p.decision.action === 'add') {
          if (!row.name) throw new Error(`第 ${row.row} 行没有姓名，不能新增。`);
          const m = memberFromRow(row, mintId(), order++, opts.today, now);
          adds.push(m);
          note(m);
          w.count(IMPORT_SUMMARY_LABELS.add);
        } else if (p.decision.action === 'update') {
          const m = members.get(p.decision.memberId);
          if (!m) throw new Error(`第 ${row.row} 行要更新的会员已不存在，请重新比对。`);
          const next = updatedMember(row, m, opts.today, now, p.decision.fields);
          puts.push(next);
          note(next);
          w.count(IMPORT_SUMMARY_LABELS.update);
        } else {
          w.count(IMPORT_SUMMARY_LABELS.skip);
        }
        // Awaited only when a chunk is full: no needless awaits inside the transaction.
        if (adds.length >= addChunk) await writeAdds();
        if (puts.length >= WRITE_CHUNK) await writePuts();
      }
      if (opts.missing.action === 'transfer') {
        for (const id of opts.missing.memberIds) {
          const m = members.get(id);
          if (!m || m.status !== '在职') {
            done++;
            continue;
          }
          const next = {
            ...withStatus(m, {
              status: '调出',
              date: opts.missing.date,
              note: `导入“${opts.fileName}”时不在名单中`,
            }),
            updatedAt: now,
          };
          puts.push(next);
          note(next);
          w.count(IMPORT_SUMMARY_LABELS.transfer);
          if (puts.length >= WRITE_CHUNK) await writePuts();
        }
      }
      if (adds.length) await writeAdds();
      if (puts.length) await writePuts();
      for (const { written } of inflight.splice(0)) await written;
      w.count(IMPORT_SUMMARY_LABELS.problems, opts.problemRows);

      for (const [table, field] of [
        ['departments', 'department'],
        ['unionGroups', 'unionGroup'],
      ] as const) {
        const existing = await db.table<OrgUnit>(table).toArray();
        const known = new Set(existing.map((u) => u.name));
        let next = existing.reduce((max, u) => Math.max(max, u.order), -1) + 1;
        const added: OrgUnit[] = [];
        for (const name of orgNames[field]) {
          if (!known.has(name)) {
            known.add(name);
            added.push({ id: newId('org'), name, order: next++ });
          }
        }
        await w.bulkPut(table, added);
      }
    },
  );
  return batch;
}
