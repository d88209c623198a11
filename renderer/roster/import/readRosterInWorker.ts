import type { RosterReadResult } from '../../../shared/ledgers/roster/import';
import type { ReaderMessage, ReaderOptions } from './readerMessages';

/**
 * Reads a roster in a Web Worker, reporting progress. Rejects with an Error whose message
 * is the Chinese explanation (damaged, password-protected, no roster header …). If the
 * worker cannot start (e.g. a locked-down file:// origin), reads on the main thread.
 */
export function readRosterInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: ReaderOptions,
  onProgress: (done: number, total: number) => void,
): Promise<RosterReadResult> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./rosterReader.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return void readOnMainThread(bytes, fileName, options, onProgress).then(resolve, reject);
    }
    let started = false;
    const rows: RosterReadResult['rows'] = [];
    const issues: RosterReadResult['issues'] = [];
    worker.onmessage = (e: MessageEvent<ReaderMessage>) => {
      started = true;
      const m = e.data;
      if (m.type === 'progress') onProgress(m.done, m.total);
      else if (m.type === 'rows') {
        for (const r of m.rows) rows.push(r);
        for (const i of m.issues) issues.push(i);
      } else {
        worker.terminate();
        if (m.type === 'result') resolve({ ...m.result, rows, issues });
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      if (!started)
        void readOnMainThread(bytes, fileName, options, onProgress).then(resolve, reject);
      else reject(new Error(`读取“${fileName}”时出错：${e.message}`));
    };
    // A copy goes to the worker, so the caller can read the same bytes again.
    worker.postMessage({ bytes: bytes.slice(), fileName, options });
  });
}

async function readOnMainThread(
  bytes: Uint8Array,
  fileName: string,
  options: ReaderOptions,
  onProgress: (d: number, t: number) => void,
) {
  const { readRoster, toRosterReadFailure } = await import('../../../shared/ledgers/roster/import');
  try {
    return readRoster(bytes, fileName, { ...options, onProgress });
  } catch (err) {
    throw new Error(toRosterReadFailure(err, fileName).message, { cause: err });
  }
}
