import type { Gender } from '../../ledgers/roster/rules/member';
import { compactText } from './normalizeText';

/*
 * Gender as typed in a roster. Besides 男/女 we accept 男性/女性, M/F, male/female and the
 * codes of GB/T 2261.1 (1 = 男, 2 = 女). We deliberately do NOT accept 0 (some units type
 * 0 for 女, the standard says 0 = 未知) — such values are reported as unreadable.
 */

const GENDER_WORDS: Record<string, Gender> = {
  男: '男',
  男性: '男',
  男士: '男',
  m: '男',
  male: '男',
  '1': '男',
  女: '女',
  女性: '女',
  女士: '女',
  f: '女',
  female: '女',
  '2': '女',
};

export type GenderParse = { ok: true; gender: Gender } | { ok: false };

/** Reads a non-empty gender cell (callers skip empty cells). */
export function parseGender(raw: string): GenderParse {
  const gender = GENDER_WORDS[compactText(raw).toLowerCase()];
  return gender ? { ok: true, gender } : { ok: false };
}
