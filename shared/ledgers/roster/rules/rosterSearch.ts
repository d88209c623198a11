import type { Member } from './member';

/**
 * The roster's search-as-you-type. All the expensive work (pinyin conversion, lowercasing,
 * digit extraction) happens once in `buildSearchIndex`; a query is then a few `indexOf`
 * scans over three flat strings, one record per member, so a keystroke costs a few
 * milliseconds even at 50,000 members.
 *
 * What matches:
 * - name: any part of the name (「张」 → every 张…);
 * - pinyin: any part of the full pinyin (「zhangsan」) or of the initials (「zs」), with
 *   surnames read as surnames (单 shan, 曾 zeng, 解 xie, 仇 qiu, 区 ou, 朴 piao, 查 zha);
 * - ID number: its ending, 4 digits or more (「1234」, 「123X」);
 * - phone: any run of 4 digits or more.
 */

/** Ends one member's record in a haystack; never typed by a user. */
const END = '\u0000';
/** Separates a record's parts so a query never matches across two of them. */
const SEP = '\u0001';

export interface SearchIndex {
  /** Member ids in index order. */
  readonly ids: readonly string[];
  /** name SEP pinyin SEP initials END, per member */
  readonly text: string;
  readonly textStarts: Int32Array;
  /** 18-character ID number END, per member (empty record when none) */
  readonly idNumbers: string;
  readonly idStarts: Int32Array;
  /** phone digits END, per member */
  readonly phones: string;
  readonly phoneStarts: Int32Array;
  /** Full pinyin with syllables separated by spaces (「zhang san」), for sorting. */
  readonly pinyinById: ReadonlyMap<string, string>;
}

/**
 * A name's pinyin (「zhang san」, 「zs」). Computed by namePinyin (./namePinyin.ts, with
 * pinyin-pro's dictionaries); this file only assembles and scans the index, so the roster page
 * can search without loading the dictionaries (the Worker computes the records).
 */
export interface NamePinyin {
  /** 「zhang san」 */
  full: string;
  /** 「zs」 */
  initials: string;
}

function clean(s: string): string {
  return s.split(END).join('').split(SEP).join('');
}

/** One member's part of the index: what `buildSearchIndex` computes per member. */
export interface MemberSearchRecords {
  /** name SEP pinyin SEP initials END */
  text: string;
  /** ID number END */
  idNumber: string;
  /** phone digits END */
  phone: string;
  /** 「zhang san」, for pinyin order */
  pinyin: string;
}

export type SearchFields = Pick<Member, 'id' | 'name' | 'idNumber' | 'phone'>;

/** The name as the index reads it (trimmed, without the index's separators): what `py` is asked. */
export function searchName(name: string): string {
  return clean(name.trim());
}

/** The records of one member; `py` gives the pinyin of its searchName. */
export function memberSearchRecords(
  m: SearchFields,
  py: (name: string) => NamePinyin,
): MemberSearchRecords {
  const name = searchName(m.name);
  const p = py(name);
  return {
    text: name.toLowerCase() + SEP + p.full.replace(/ /g, '') + SEP + p.initials + END,
    idNumber: (m.idNumber ?? '').replace(/\s/g, '').toLowerCase() + END,
    phone: (m.phone ?? '').replace(/\D/g, '') + END,
    pinyin: p.full,
  };
}

/** The index over `members` in their order, from each member's records. */
export function assembleSearchIndex(
  members: readonly Pick<Member, 'id'>[],
  recordsOf: (m: Pick<Member, 'id'>, i: number) => MemberSearchRecords,
): SearchIndex {
  const n = members.length;
  const ids: string[] = new Array<string>(n);
  const text: string[] = new Array<string>(n);
  const idNumbers: string[] = new Array<string>(n);
  const phones: string[] = new Array<string>(n);
  const textStarts = new Int32Array(n + 1);
  const idStarts = new Int32Array(n + 1);
  const phoneStarts = new Int32Array(n + 1);
  const pinyinById = new Map<string, string>();
  let t = 0;
  let d = 0;
  let p = 0;
  for (let i = 0; i < n; i++) {
    const m = members[i]!;
    const r = recordsOf(m, i);
    pinyinById.set(m.id, r.pinyin);
    ids[i] = m.id;
    textStarts[i] = t;
    idStarts[i] = d;
    phoneStarts[i] = p;
    text[i] = r.text;
    idNumbers[i] = r.idNumber;
    phones[i] = r.phone;
    t += r.text.length;
    d += r.idNumber.length;
    p += r.phone.length;
  }
  textStarts[n] = t;
  idStarts[n] = d;
  phoneStarts[n] = p;
  return {
    ids,
    text: text.join(''),
    textStarts,
    idNumbers: idNumbers.join(''),
    idStarts,
    phones: phones.join(''),
    phoneStarts,
    pinyinById,
  };
}

/** The record holding position `pos`: the last start ≤ pos. */
function recordAt(starts: Int32Array, count: number, pos: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function scan(
  hay: string,
  starts: Int32Array,
  count: number,
  needle: string,
  hits: Uint8Array,
): void {
  let from = 0;
  for (;;) {
    const pos = hay.indexOf(needle, from);
    if (pos < 0) return;
    const r = recordAt(starts, count, pos);
    hits[r] = 1;
    from = starts[r + 1]!;
  }
}

/** The query as the index stores keys: lowercase, no spaces, full-width digits folded. */
export function normalizeQuery(q: string): string {
  return q
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/[\s\u3000]/g, '')
    .split(END)
    .join('')
    .split(SEP)
    .join('')
    .toLowerCase();
}

/**
 * Marks the members matching `query`: hits[i] === 1 for index position i.
 * Null when the query is empty or fewer than 4 digits (everyone matches).
 */
export function searchMask(index: SearchIndex, query: string): Uint8Array | null {
  const q = normalizeQuery(query);
  if (q === '') return null;
  const n = index.ids.length;
  const hits = new Uint8Array(n);
  if (/^\d+x?$/.test(q)) {
    // Fewer than 4 digits would match nearly everyone: wait for more.
    if (q.length < 4) return null;
    scan(index.idNumbers, index.idStarts, n, q + END, hits);
    if (!q.endsWith('x')) scan(index.phones, index.phoneStarts, n, q, hits);
    return hits;
  }
  scan(index.text, index.textStarts, n, q, hits);
  return hits;
}

/** The ids matching `query`, as a set; null when the query is empty. */
export function searchIds(index: SearchIndex, query: string): Set<string> | null {
  const mask = searchMask(index, query);
  if (!mask) return null;
  const out = new Set<string>();
  for (let i = 0; i < mask.length; i++) if (mask[i]) out.add(index.ids[i]!);
  return out;
}

/** `members` (already filtered and sorted) narrowed to those matching `query`, order kept. */
export function applySearch<T extends { id: string }>(
  index: SearchIndex,
  query: string,
  members: readonly T[],
): T[] {
  const ids = searchIds(index, query);
  if (!ids) return [...members];
  return members.filter((m) => ids.has(m.id));
}
