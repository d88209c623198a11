import { compactText } from './normalizeText';

/*
 * Phone numbers as typed: 138 0000 1234, 138-0000-1234, +86 13800001234, (0571)8888 1234,
 * 0571-88881234转123. Mobiles are stored as 11 digits; landlines as 区号-号码[-分机].
 * A landline without its area code is not accepted: the roster is read far from the school.
 */

export type PhoneParse =
  { ok: true; phone: string; kind: 'mobile' | 'landline' } | { ok: false; phone: string };

const SEPARATORS = /[\s\-—–()（）.]/g;
const EXTENSION = /^(.*?)(?:转|ext\.?|x|#)(\d{1,6})$/i;
const COUNTRY_PREFIX = /^(?:\+86|0086|86(?=1\d{10}$))/;
const MOBILE = /^1[3-9]\d{9}$/;
/** Area code (010, 02x, 0xxx) + 7–8 digit local number. */
const LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))([2-9]\d{6,7})$/;

/** Reads a non-empty phone cell; `phone` is the cleaned text even when it is not a valid number. */
export function parsePhone(raw: string): PhoneParse {
  const text = compactText(raw);
  const ext = EXTENSION.exec(text);
  let digits = (ext ? ext[1]! : text).replace(SEPARATORS, '');
  const hadCountry = COUNTRY_PREFIX.test(digits);
  digits = digits.replace(COUNTRY_PREFIX, '');
  if (!ext && MOBILE.test(digits)) return { ok: true, phone: digits, kind: 'mobile' };
  // +86 571 8888 1234: the international form drops the area code's leading 0.
  if (hadCountry && !digits.startsWith('0')) digits = `0${digits}`;
  const land = LANDLINE.exec(digits);
  if (land) {
    const suffix = ext ? `-${ext[2]}` : '';
    return { ok: true, phone: `${land[1]}-${land[2]}${suffix}`, kind: 'landline' };
  }
  return { ok: false, phone: text };
}
