import {
  membersToIndex,
  newSearchIndexCache,
  primeSearchIndexCache,
  type IndexedMember,
  type MemberSearchRecords,
} from '../../shared/ledgers/roster';

/**
 * The roster's search index cache (kept for the session) and its Worker: as each slice of
 * members is read at start-up (memberStore), the members not yet indexed go to the Worker,
 * which computes their records on the other core while the main thread reads the next slice.
 * When the list is whole, useRosterView waits for `primed()` and assembles the index from the
 * cache; whatever the Worker did not do (none, or it could not start) is computed on the main
 * thread in short slices.
 *
 * The Worker reads names with the pinyin kept from the last session (the pinyinCache table):
 * memberStore hands it what was kept with `startSearchPrime`, and `keepSearchPinyin` has it
 * give back the text to keep for the current names, when names were read or have gone.
 */
export const indexCache = newSearchIndexCache();

type SearchFields = Pick<IndexedMember, 'id' | 'name' | 'idNumber' | 'phone'>;
export interface KeptPinyinRow {
  key: string;
  text: string;
}

export type ToWorker =
  /** The pinyin kept from the last session (null: none); the Worker waits for it. */
  | { kind: 'kept'; row: KeptPinyinRow | null }
  | { kind: 'slice'; seq: number; members: SearchFields[] }
  /** Asks for the text to keep for these names (the whole roster's). */
  | { kind: 'keep'; names: string[] };
export type FromWorker =
  /** `read`: how many names of the slice had no kept pinyin. */
  | { kind: 'slice'; seq: number; records: MemberSearchRecords[]; read: number }
  /** null: what is kept is right as it is. */
  | { kind: 'keep'; row: KeptPinyinRow | null };

let worker: Worker | null | undefined;
let seq = 0;
const jobs = new Map<number, IndexedMember[]>();
let idle: (() => void)[] = [];
/** Names read with pinyin-pro since the Worker last gave the text to keep. */
let readSinceKept = 0;
/** The first keep of the session prunes names of members deleted since the last one. */
let keptOnce = false;
let keepWrite: ((row: KeptPinyinRow) => void) | null = null;

function settle() {
  if (jobs.size > 0) return;
  const waiting = idle;
  idle = [];
  for (const w of waiting) w();
}

function post(msg: ToWorker) {
  worker?.postMessage(msg);
}

function startWorker(kept: Promise<KeptPinyinRow | null>): Worker | null {
  try {
    const w = new Worker(new URL('./searchIndex.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      if (msg.kind === 'keep') {
        if (msg.row) keepWrite?.(msg.row);
        return;
      }
      const members = jobs.get(msg.seq);
      jobs.delete(msg.seq);
      readSinceKept += msg.read;
      if (members) primeSearchIndexCache(indexCache, members, msg.records);
      settle();
    };
    w.onerror = () => {
      // The main thread computes whatever is left.
      worker = null;
      w.terminate();
      jobs.clear();
      settle();
    };
    void kept.then(
      (row) => post({ kind: 'kept', row: row && { key: row.key, text: row.text } }),
      () => post({ kind: 'kept', row: null }),
    );
    return w;
  } catch {
    return null;
  }
}

/** Starts the Worker with the pinyin kept from the last session (before the first slice). */
export function startSearchPrime(kept: Promise<KeptPinyinRow | null>): void {
  if (worker === undefined) worker = startWorker(kept);
}

/** Sends the slice's members that the cache lacks to the Worker. */
export function primeSlice(slice: readonly IndexedMember[]): void {
  if (worker === undefined) worker = startWorker(Promise.resolve(null));
  if (!worker) return;
  const todo = membersToIndex(indexCache, slice);
  if (todo.length === 0) return;
  const n = ++seq;
  jobs.set(n, todo);
  post({
    kind: 'slice',
    seq: n,
    members: todo.map(({ id, name, idNumber, phone }) => ({ id, name, idNumber, phone })),
  });
}

/** Resolves when the Worker has answered every slice sent so far. */
export function primed(): Promise<void> {
  if (jobs.size === 0) return Promise.resolve();
  return new Promise((resolve) => idle.push(resolve));
}

/**
 * After the whole roster was sent: has the Worker give the pinyin to keep for exactly these
 * names, and `write` it — when names were read since it was last kept, or (once a session)
 * to forget the names of members deleted since.
 */
export function keepSearchPinyin(
  members: readonly Pick<IndexedMember, 'name'>[],
  write: (row: KeptPinyinRow) => void,
): void {
  if (!worker || (keptOnce && readSinceKept === 0)) return;
  keptOnce = true;
  readSinceKept = 0;
  keepWrite = write;
  post({ kind: 'keep', names: members.map((m) => m.name) });
}
