import { pinyin } from 'pinyin-pro';
import {
  assembleSearchIndex,
  memberSearchRecords,
  type NamePinyin,
  type SearchFields,
  type SearchIndex,
} from './rosterSearch';

/*
 * Names read as pinyin, with pinyin-pro (its dictionaries are ~440 KB of code). Only this file
 * imports it, so what needs pinyin says so: the roster's search Worker, the printed lists in
 * 按姓名拼音 order (grouping.ts), and the roster page only when a member's records are missing
 * from the Worker's answer (loaded then with `await import`, see ../pinyin.ts).
 */

/** Pinyin of a personal name, the surname read as a surname. */
export function namePinyin(name: string): NamePinyin {
  const syllables = pinyin(name, {
    toneType: 'none',
    type: 'array',
    surname: 'head',
    nonZh: 'consecutive',
  });
  const initials = pinyin(name, {
    pattern: 'first',
    toneType: 'none',
    type: 'array',
    surname: 'head',
    nonZh: 'consecutive',
  });
  return {
    full: syllables.join(' ').toLowerCase(),
    initials: initials.join('').replace(/\s/g, '').toLowerCase(),
  };
}

/** A cache of pinyin by name, for one build (many members share a name). */
export function cachedNamePinyin(): (name: string) => NamePinyin {
  const cache = new Map<string, NamePinyin>();
  return (name) => {
    let py = cache.get(name);
    if (!py) {
      py = namePinyin(name);
      cache.set(name, py);
    }
    return py;
  };
}

/** The search index over `members` in one go (tests, benches; the page builds it by slices). */
export function buildSearchIndex(members: readonly SearchFields[]): SearchIndex {
  const py = cachedNamePinyin();
  return assembleSearchIndex(members, (_, i) => memberSearchRecords(members[i]!, py));
}

/**
 * Surname-aware pinyin of each member (see SortContext.pinyinById in ordering.ts), for a
 * printed list. The roster screen has it from its search index instead.
 */
export function pinyinByIdOf(
  members: readonly { id: string; name: string }[],
): Map<string, string> {
  const byName = new Map<string, string>();
  const out = new Map<string, string>();
  for (const m of members) {
    let py = byName.get(m.name);
    if (py === undefined) {
      py = namePinyin(m.name).full;
      byName.set(m.name, py);
    }
    out.set(m.id, py);
  }
  return out;
}
