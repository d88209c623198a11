/// <reference lib="webworker" />
// Reads a roster file off the main thread so the window never freezes on a large file.
import { readRoster, toRosterReadFailure } from '../../../shared/ledgers/roster/import';
import { ROWS_PER_MESSAGE, type ReaderRequest, type ReaderMessage } from './readerMessages';

const post = (m: ReaderMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<ReaderRequest>) => {
  const { bytes, fileName, options } = e.data;
  try {
    const result = readRoster(bytes, fileName, {
      ...options,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    // A 50,000-row result cloned in one message froze the window for over a second on
    // arrival: send it in chunks, then the rest.
    const { rows, issues } = result;
    const chunks = Math.max(1, Math.ceil(rows.length / ROWS_PER_MESSAGE));
    const issuesPer = Math.ceil(issues.length / chunks);
    for (let k = 0; k < chunks; k++)
      post({
        type: 'rows',
        rows: rows.slice(k * ROWS_PER_MESSAGE, (k + 1) * ROWS_PER_MESSAGE),
        issues: issues.slice(k * issuesPer, (k + 1) * issuesPer),
      });
    post({ type: 'result', result: { ...result, rows: [], issues: [] } });
  } catch (err) {
    post({ type: 'error', message: toRosterReadFailure(err, fileName).message });
  }
};
