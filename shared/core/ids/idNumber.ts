import { isRealDate, toIsoDate, type IsoDate } from '../text/dates';
import type { Gender } from '../../ledgers/roster/rules/member';

/**
 * Chinese resident ID numbers (公民身份号码, GB 11643-1999).
 * 18 digits: 6 region + 8 birth date + 3 sequence (odd = 男) + 1 check (0-9 or X).
 * Old 15-digit numbers: 6 region + 6 birth date (YYMMDD, 19xx) + 3 sequence, no check digit.
 */

export type IdProblem =
  'id-format' | 'id-checksum' | 'id-region' | 'id-birthdate' | 'id-precision-lost';

export type IdCheck =
  | {
      ok: true;
      /** The number in 18-digit form (15-digit numbers converted). */
      id18: string;
      birthDate: IsoDate;
      gender: Gender;
      /** True when the input was an old 15-digit number. */
      converted: boolean;
    }
  | { ok: false; problem: IdProblem; message: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Province-level codes in use (first two digits). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
]);

export const ID_PROBLEM_MESSAGES: Record<IdProblem, string> = {
  'id-format': '身份证号应为18位（或旧式15位）数字，最后一位可以是X',
  'id-checksum': '身份证号校验位不正确，可能有数字录错',
  'id-region': '身份证号前两位不是有效的省级行政区代码',
  'id-birthdate': '身份证号中的出生日期不存在或不合理',
  'id-precision-lost':
    '身份证号被Excel存成了数字，后几位已丢失，无法恢复；请在原表中把该列设为“文本”后重新填写',
};

/** The GB 11643 check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Text that shows Excel turned the ID into a floating-point number (3.30102198503151E+17). */
export function looksPrecisionLost(raw: string): boolean {
  return /^\d(\.\d+)?e\+?\d+$/i.test(raw.trim());
}

/** Strips spaces and full-width characters a spreadsheet may carry around an ID. */
export function cleanIdInput(raw: string): string {
  return raw
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[ｘＸ]/g, 'X')
    .replace(/[\s\u3000'‘’`]/g, '')
    .toUpperCase();
}

function fail(problem: IdProblem): IdCheck {
  return { ok: false, problem, message: ID_PROBLEM_MESSAGES[problem] };
}

/**
 * Checks an ID number and derives birth date and gender.
 * `today` bounds the birth date (nobody is born in the future or before 1900).
 */
export function checkIdNumber(
  raw: string,
  today: IsoDate = new Date().toISOString().slice(0, 10),
): IdCheck {
  if (looksPrecisionLost(raw)) return fail('id-precision-lost');
  const s = cleanIdInput(raw);
  let id18: string;
  let converted = false;
  if (/^\d{15}$/.test(s)) {
    const first17 = s.slice(0, 6) + '19' + s.slice(6);
    id18 = first17 + idCheckChar(first17);
    converted = true;
  } else if (/^\d{17}[\dX]$/.test(s)) {
    id18 = s;
  } else {
    return fail('id-format');
  }
  if (!PROVINCES.has(Number(id18.slice(0, 2)))) return fail('id-region');
  const y = Number(id18.slice(6, 10));
  const m = Number(id18.slice(10, 12));
  const d = Number(id18.slice(12, 14));
  if (!isRealDate(y, m, d)) return fail('id-birthdate');
  const birthDate = toIsoDate(y, m, d);
  if (y < 1900 || birthDate > today) return fail('id-birthdate');
  if (!converted && idCheckChar(id18.slice(0, 17)) !== id18[17]) return fail('id-checksum');
  const gender: Gender = Number(id18[16]) % 2 === 1 ? '男' : '女';
  return { ok: true, id18, birthDate, gender, converted };
}

/** 3301**********1234 — how an ID number is shown unless the user reveals it. */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

/** 138****5678 — how a phone number is shown unless the user reveals it. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s/g, '');
  if (digits.length < 7) return '*'.repeat(digits.length);
  return digits.slice(0, 3) + '*'.repeat(digits.length - 7) + digits.slice(-4);
}

/**
 * A cell shown as a sample (the import's column mapping) with personal numbers masked:
 * the whole value when its column is read as 身份证号 or 手机号, else every run of digits
 * that looks like an ID number (15 or 17 digits + check) or a mobile number — a column the
 * chair has not mapped yet may still hold them.
 */
export function maskPersonalNumbers(value: string, readAs?: 'idNumber' | 'phone' | null): string {
  if (readAs === 'idNumber') return maskIdNumber(value.trim());
  if (readAs === 'phone') return maskPhone(value.trim());
  return value
    .replace(/(?<!\d)(\d{17}[\dXx]|\d{15})(?!\d)/g, (id) => maskIdNumber(id))
    .replace(/(?<!\d)1[3-9]\d{9}(?!\d)/g, (phone) => maskPhone(phone));
}
