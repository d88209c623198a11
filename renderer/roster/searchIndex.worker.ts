/// <reference lib="webworker" />
// Computes the roster search records off the main thread, slice by slice while the main
// thread reads the next slice of members (searchPrime.ts). Names are looked up in the pinyin
// kept from the last session first; only names not kept are read with pinyin-pro.
import {
  memberSearchRecords,
  parsePinyinCache,
  pinyinCacheKey,
  pinyinKeeper,
  searchName,
} from '../../shared/ledgers/roster';
import { namePinyin } from '../../shared/ledgers/roster/pinyin';
import type { PinyinKeeper } from '../../shared/ledgers/roster';
import type { FromWorker, ToWorker } from './searchPrime';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const key = pinyinCacheKey(namePinyin);
let keeper: PinyinKeeper | null = null;
/** Slices that came before the kept pinyin (the main thread reads both at once). */
const waiting: ToWorker[] = [];

function handle(msg: ToWorker, k: PinyinKeeper) {
  if (msg.kind === 'slice') {
    const before = k.read();
    const records = msg.members.map((m) => memberSearchRecords(m, k.lookup));
    const out: FromWorker = { kind: 'slice', seq: msg.seq, records, read: k.read() - before };
    scope.postMessage(out);
  } else if (msg.kind === 'keep') {
    const text = k.keepOnly(msg.names.map(searchName));
    const out: FromWorker = { kind: 'keep', row: text === null ? null : { key, text } };
    scope.postMessage(out);
  }
}

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.kind === 'kept') {
    if (keeper) return;
    const kept = msg.row?.key === key ? parsePinyinCache(msg.row.text) : new Map();
    keeper = pinyinKeeper(kept, namePinyin);
    for (const m of waiting.splice(0)) handle(m, keeper);
  } else if (keeper) handle(msg, keeper);
  else waiting.push(msg);
};
