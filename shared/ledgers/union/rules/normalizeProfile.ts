import { compactText } from '../../../core/text/normalizeText';

/*
 * Profile facts typed in free words: 政治面貌 (「党员」 → 中共党员) and 民族 (「汉」 → 汉族).
 * Anything we do not recognise is kept as typed — these are not fixed lists in the app.
 */

const POLITICAL_WORDS: Record<string, string> = {
  党员: '中共党员',
  中共党员: '中共党员',
  共产党员: '中共党员',
  中国共产党党员: '中共党员',
  预备党员: '中共预备党员',
  中共预备党员: '中共预备党员',
  团员: '共青团员',
  共青团员: '共青团员',
  群众: '群众',
  无: '群众',
};

/** 政治面貌 in the standard wording; other text (e.g. 民盟盟员) is kept as typed. */
export function normalizePoliticalStatus(raw: string): string | null {
  const s = compactText(raw);
  if (s === '') return null;
  return POLITICAL_WORDS[s] ?? s;
}

const KEEP_ETHNICITY = /族$|人$|其他|未识别|外国/;
const SHORT_HAN = /^\p{Script=Han}{1,4}$/u;

/** 民族 with its 族 suffix: 「汉」→ 汉族, 「维吾尔」→ 维吾尔族; 「穿青人」 and the like stay as typed. */
export function normalizeEthnicity(raw: string): string | null {
  const s = compactText(raw);
  if (s === '') return null;
  if (KEEP_ETHNICITY.test(s) || !SHORT_HAN.test(s)) return s;
  return `${s}族`;
}
