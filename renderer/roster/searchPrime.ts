import {
  membersToIndex,
  newSearchIndexCache,
  primeSearchIndexCache,
  type IndexedMember,
  type MemberSearchRecords,
} from '../../shared/ledgers/roster';

/**
 * The roster's search index cache (kept for the session, never stored) and its Worker: as
 * each slice of members is read at start-up (memberStore), the members not yet indexed go to
 * the Worker, which computes their pinyin on the other core while the main thread reads the
 * next slice. When the list is whole, useRosterView waits for `primed()` and assembles the
 * index from the cache; whatever the Worker did not do (none, or it could not start) is
 * computed on the main thread in short slices.
 */
export const indexCache = newSearchIndexCache();

export interface PrimeRequest {
  seq: number;
  members: Pick<IndexedMember, 'id' | 'name' | 'idNumber' | 'phone'>[];
}
export interface PrimeResult {
  seq: number;
  records: MemberSearchRecords[];
}

let worker: Worker | null | undefined;
let seq = 0;
const jobs = new Map<number, IndexedMember[]>();
let idle: (() => void)[] = [];

function settle() {
  if (jobs.size > 0) return;
  const waiting = idle;
  idle = [];
  for (const w of waiting) w();
}

function startWorker(): Worker | null {
  try {
    const w = new Worker(new URL('./searchIndex.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<PrimeResult>) => {
      const members = jobs.get(e.data.seq);
      jobs.delete(e.data.seq);
      if (members) primeSearchIndexCache(indexCache, members, e.data.records);
      settle();
    };
    w.onerror = () => {
      // The main thread computes whatever is left.
      worker = null;
      w.terminate();
      jobs.clear();
      settle();
    };
    return w;
  } catch {
    return null;
  }
}

/** Sends the slice's members that the cache lacks to the Worker. */
export function primeSlice(slice: readonly IndexedMember[]): void {
  if (worker === undefined) worker = startWorker();
  if (!worker) return;
  const todo = membersToIndex(indexCache, slice);
  if (todo.length === 0) return;
  const n = ++seq;
  jobs.set(n, todo);
  const request: PrimeRequest = {
    seq: n,
    members: todo.map(({ id, name, idNumber, phone }) => ({ id, name, idNumber, phone })),
  };
  worker.postMessage(request);
}

/** Resolves when the Worker has answered every slice sent so far. */
export function primed(): Promise<void> {
  if (jobs.size === 0) return Promise.resolve();
  return new Promise((resolve) => idle.push(resolve));
}
