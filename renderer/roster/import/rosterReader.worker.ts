/// <reference lib="webworker" />
// Reads a roster file off the main thread so the window never freezes on a large file.
import { readRoster, toRosterReadFailure } from '../../../shared/ledgers/roster/import';
import type { ReaderRequest, ReaderMessage } from './readerMessages';

const post = (m: ReaderMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<ReaderRequest>) => {
  const { bytes, fileName, options } = e.data;
  try {
    const result = readRoster(bytes, fileName, {
      ...options,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'result', result });
  } catch (err) {
    post({ type: 'error', message: toRosterReadFailure(err, fileName).message });
  }
};
