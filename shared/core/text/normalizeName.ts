import { toHalfWidth } from './normalizeText';

/*
 * People's names as typed into a roster: 「张 三」 (with an ASCII or ideographic space) is padded to line up with
 * three-character names and means 张三; 「买买提·艾力」 keeps its separator dot, whichever of
 * the look-alike dots (・ • ‧ ． .) was typed.
 */

const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;
const DOT_VARIANTS = /\s*[·・･•‧∙⋅．.]\s*/g;
const HAN = /\p{Script=Han}/u;
const HAN_SPACE_HAN = /(\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** The name as it should be stored, or null when nothing is left. */
export function normalizeName(raw: string): string | null {
  let s = toHalfWidth(raw).replace(SPACES, ' ').trim();
  if (s === '') return null;
  if (HAN.test(s)) {
    s = s.replace(HAN_SPACE_HAN, '$1').replace(DOT_VARIANTS, (m, offset: number, whole: string) =>
      // A dot at either end is a typing slip, not a separator.
      offset === 0 || offset + m.length === whole.length ? '' : '·',
    );
  }
  s = s.trim();
  return s === '' ? null : s;
}
