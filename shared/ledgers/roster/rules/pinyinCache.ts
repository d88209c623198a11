import type { NamePinyin } from './rosterSearch';

/*
 * The pinyin of the roster's names, kept between sessions (the derived pinyinCache table,
 * db/derived.ts). Reading 50,000 names with pinyin-pro is about a second of a core at every
 * start; a name's reading depends on nothing but the name, so it is kept by name and a name
 * not kept is simply read again. The roster's search Worker holds a PinyinKeeper: it answers
 * from the kept readings, reads the rest, and gives the text to keep for the current names.
 */

/** Separators that no searchName contains (rosterSearch removes them from names). */
const ENTRY = '\u0000';
const FIELD = '\u0001';

/** Raise when namePinyin's options change: readings kept under another version are dropped. */
export const PINYIN_CACHE_VERSION = 1;

/**
 * Names whose reading depends on the library's surname and polyphone rules. Their readings are
 * part of the key, so a pinyin-pro update that reads them differently drops what was kept
 * instead of mixing two readings in one roster.
 */
const PROBE_NAMES = [
  '单雄信',
  '曾国藩',
  '解缙',
  '尉迟恭',
  '仇英',
  '区家麟',
  '查良镛',
  '乐嘉',
  '朴树',
];

/** Which readings a kept text holds: the version and how `read` reads the probe names. */
export function pinyinCacheKey(read: (name: string) => NamePinyin): string {
  const probes = PROBE_NAMES.map((n) => {
    const p = read(n);
    return `${p.full}/${p.initials}`;
  });
  return [`v${PINYIN_CACHE_VERSION}`, ...probes].join('|');
}

export function formatPinyinCache(entries: Iterable<readonly [string, NamePinyin]>): string {
  const out: string[] = [];
  for (const [name, p] of entries) out.push(name + FIELD + p.full + FIELD + p.initials);
  return out.join(ENTRY);
}

/** The readings in `text`; an entry that is not name, full and initials is skipped. */
export function parsePinyinCache(text: string): Map<string, NamePinyin> {
  const kept = new Map<string, NamePinyin>();
  if (text === '') return kept;
  for (const entry of text.split(ENTRY)) {
    const f = entry.split(FIELD);
    if (f.length === 3 && f[0] !== '') kept.set(f[0]!, { full: f[1]!, initials: f[2]! });
  }
  return kept;
}

export interface PinyinKeeper {
  /** The pinyin of a searchName: the kept reading, or one read now (and kept from then on). */
  readonly lookup: (name: string) => NamePinyin;
  /** How many names `lookup` has had to read so far. */
  readonly read: () => number;
  /**
   * Keeps the readings of `names` only (a deleted member's name is forgotten) and returns the
   * text to store — null when that is what was stored already (nothing read, nothing dropped).
   */
  keepOnly(names: Iterable<string>): string | null;
}

export function pinyinKeeper(
  kept: Map<string, NamePinyin>,
  readName: (name: string) => NamePinyin,
): PinyinKeeper {
  let readings = kept;
  let read = 0;
  let changed = false;
  return {
    lookup(name) {
      let p = readings.get(name);
      if (!p) {
        p = readName(name);
        readings.set(name, p);
        read++;
        changed = true;
      }
      return p;
    },
    read: () => read,
    keepOnly(names) {
      const next = new Map<string, NamePinyin>();
      for (const n of names) {
        const p = readings.get(n);
        if (p) next.set(n, p);
      }
      const same = !changed && next.size === readings.size;
      readings = next;
      changed = false;
      return same ? null : formatPinyinCache(next);
    },
  };
}
