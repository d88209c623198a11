/// <reference lib="webworker" />
// Computes the roster search records (pinyin of each name) off the main thread, slice by
// slice while the main thread reads the next slice of members (searchPrime.ts).
import { memberSearchRecords } from '../../shared/ledgers/roster';
import { cachedNamePinyin } from '../../shared/ledgers/roster/pinyin';
import type { PrimeRequest, PrimeResult } from './searchPrime';

const py = cachedNamePinyin();

self.onmessage = (e: MessageEvent<PrimeRequest>) => {
  const records = e.data.members.map((m) => memberSearchRecords(m, py));
  const out: PrimeResult = { seq: e.data.seq, records };
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(out);
};
