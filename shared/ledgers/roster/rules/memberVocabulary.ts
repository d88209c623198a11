import { cleanIdInput, idCheckChar, looksPrecisionLost } from '../../../core/ids/idNumber';
import { compactText, toHalfWidth } from '../../../core/text/normalizeText';
import { POST_CATEGORIES, type IdType } from './member';

/*
 * Words a roster uses for 证件类型, 是否会员 and 岗位类别, mapped to the app's lists, and the
 * 证件类型 a number looks like when the roster has no 证件类型 column.
 */

const ID_TYPE_WORDS: [RegExp, IdType][] = [
  // 港澳台居民居住证 numbers look like ID numbers but are a different document: kept as 其他.
  [/居住证/, '其他'],
  [/港澳|回乡证|往来港澳/, '港澳居民来往内地通行证'],
  [/台湾|台胞/, '台湾居民来往大陆通行证'],
  [/外国人|永久居留|永居/, '外国人永久居留身份证'],
  [/护照|passport/i, '护照'],
  [/身份证|^身份$|^居民$|^id$/i, '居民身份证'],
  [/^其他|^其它/, '其他'],
];

/** A 证件类型 cell as an IdType, or null when the word is not one we know. */
export function parseIdType(raw: string): IdType | null {
  const s = compactText(raw);
  if (s === '') return null;
  for (const [pattern, type] of ID_TYPE_WORDS) if (pattern.test(s)) return type;
  return null;
}

/**
 * The 证件类型 a number looks like, for rosters without a 证件类型 column, or null when it
 * looks like a 居民身份证 (digits, possibly mistyped, which the GB 11643 check then judges).
 * Only clear shapes are guessed; the chair sees a notice for every guess.
 * - 港澳居民来往内地通行证: H or M and 8 digits (older cards 10)
 * - 台湾居民来往大陆通行证: 8 digits (older cards 10)
 * - 外国人永久居留身份证: 3 letters + 12 digits (2004 card); 9 + a province code + 15 more, with
 *   a GB 11643 check character (2017 card)
 * - 护照: 1–2 letters + 7–9 digits (E12345678, EA1234567, G12345678 …)
 * - 其他: any other number with letters in it (a resident ID has at most a final X)
 */
export function guessIdType(raw: string): IdType | null {
  // 3.30102E+17: an ID number Excel turned into a number, not another document.
  if (looksPrecisionLost(raw)) return null;
  const s = cleanIdInput(raw);
  if (/^[HM]\d{8}(\d{2})?$/.test(s)) return '港澳居民来往内地通行证';
  if (/^\d{8}(\d{2})?$/.test(s)) return '台湾居民来往大陆通行证';
  if (/^[A-Z]{3}\d{12}$/.test(s)) return '外国人永久居留身份证';
  if (/^9[1-6]\d{15}[\dX]$/.test(s) && idCheckChar(s.slice(0, 17)) === s[17])
    return '外国人永久居留身份证';
  if (/^[A-Z]{1,2}\d{7,9}$/.test(s)) return '护照';
  if (/\d/.test(s) && /[A-Z]/.test(s.slice(0, -1))) return '其他';
  return null;
}

const YES = new Set(['是', '会员', '工会会员', '已入会', '入会', 'y', 'yes', '1', '√', '✓', '✔']);
const NO = new Set([
  '否',
  '非会员',
  '不是',
  '未入会',
  '没有入会',
  '非工会会员',
  'n',
  'no',
  '0',
  '×',
  '✗',
  '✘',
]);

/** A 是否会员 cell: true (是/会员 …), false (否/非会员 …), or null when unreadable. */
export function parseMembership(raw: string): boolean | null {
  const s = toHalfWidth(compactText(raw)).toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return null;
}

const POST_CATEGORY_WORDS: [RegExp, string][] = [
  [/校级|校领导|学校领导|^校长$|^书记$|单位领导|领导班子/, '校级领导'],
  [/中层/, '中层干部'],
  [/专任教师|任课教师|专职教师|^教师$|^教学$/, '专任教师'],
  [/职员|行政|管理人员|教辅/, '职员'],
  [/工勤|后勤|技能/, '工勤'],
  [/^其他|^其它/, '其他'],
];

/**
 * A 岗位类别 cell as one of POST_CATEGORIES when it names one, else the text as typed
 * (`known` false), so a union's own category is kept rather than lost.
 */
export function parsePostCategory(raw: string): { category: string; known: boolean } | null {
  const s = compactText(raw);
  if (s === '') return null;
  if ((POST_CATEGORIES as readonly string[]).includes(s)) return { category: s, known: true };
  for (const [pattern, category] of POST_CATEGORY_WORDS)
    if (pattern.test(s)) return { category, known: true };
  return { category: s, known: false };
}
