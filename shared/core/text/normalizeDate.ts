import { isRealDate, toIsoDate, type IsoDate } from './dates';
import { compactText } from './normalizeText';

/*
 * Dates as people type them into a roster: 1985-3-1, 1985/03/01, 19850301, 1985.03,
 * 1985年3月, 1985年3月1日, 85.3, 1985-03, and Excel's own serial numbers. A date given
 * without a day is stored as the first of the month and marked as month precision, so a
 * later check (e.g. against the ID number) compares only what was actually typed.
 */

export type DatePrecision = 'day' | 'month' | 'year';

export interface LooseDate {
  date: IsoDate;
  precision: DatePrecision;
}

export interface DateParseOptions {
  /** The workbook uses the 1904 date system (old Mac Excel). */
  date1904?: boolean;
  /** Decides the century of two-digit years: 85 → 1985, 05 → 2005 (when 2005 is not after today). */
  today?: IsoDate;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Largest serial Excel accepts (9999-12-31). */
const MAX_SERIAL = 2958465;
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Y-M-D with -, /, ., 年/月/日 separators; the day is optional. Time of day is ignored. */
const YMD =
  /^(\d{4}|\d{2})(?:[-/.年])(\d{1,2})(?:(?:[-/.月])(\d{1,2})日?|月)?(?:[T ]?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const COMPACT_YMD = /^(\d{4})(\d{2})(\d{2})?$/;
const YEAR_ONLY = /^(\d{4})年?$/;

/** Converts an Excel serial day number to a date (1900 or 1904 system); null when out of range. */
export function excelSerialToIsoDate(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  let day = Math.floor(serial);
  if (!date1904) {
    // Excel counts a 29 February 1900 that never existed (Lotus compatibility).
    if (day === 60) return null;
    if (day < 60) day += 1;
  }
  const d = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + day * DAY_MS);
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function fullYear(twoDigits: number, today: IsoDate): number {
  const thisYear = Number(today.slice(0, 4));
  const candidate = 2000 + twoDigits;
  return candidate <= thisYear ? candidate : 1900 + twoDigits;
}

function build(y: number, m: number, d: number | null, precision: DatePrecision): LooseDate | null {
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  const day = d ?? 1;
  if (!isRealDate(y, m, day)) return null;
  return { date: toIsoDate(y, m, day), precision };
}

/** Reads a typed date (text). Null when the text is not a date we can be sure of. */
export function parseDateText(raw: string, options: DateParseOptions = {}): LooseDate | null {
  const s = compactText(raw);
  if (s === '') return null;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  let m = YMD.exec(s);
  if (m) {
    const y = m[1]!.length === 2 ? fullYear(Number(m[1]), today) : Number(m[1]);
    const day = m[3] === undefined ? null : Number(m[3]);
    return build(y, Number(m[2]), day, day === null ? 'month' : 'day');
  }
  m = COMPACT_YMD.exec(s);
  if (m) {
    const day = m[3] === undefined ? null : Number(m[3]);
    return build(Number(m[1]), Number(m[2]), day, day === null ? 'month' : 'day');
  }
  m = YEAR_ONLY.exec(s);
  if (m) return build(Number(m[1]), 1, 1, 'year');
  return null;
}

/**
 * Reads a numeric cell in a date column. A cell formatted as a date is an Excel serial.
 * Otherwise the number is what was typed: 19850301, 1985.03 (year.month), 85.3, 1985 —
 * and only numbers that fit none of those are taken as serials.
 */
export function parseDateNumber(
  value: number,
  options: DateParseOptions & { formattedAsDate?: boolean } = {},
): LooseDate | null {
  const toSerial = (): LooseDate | null => {
    const date = excelSerialToIsoDate(value, options.date1904);
    return date ? { date, precision: 'day' } : null;
  };
  if (options.formattedAsDate) return toSerial();
  if (Number.isInteger(value) && value >= 19000101 && value <= 21001231)
    return parseDateText(String(value), options);
  if (Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR)
    return build(value, 1, 1, 'year');
  const looksYearMonth = (value >= MIN_YEAR && value < MAX_YEAR + 1) || (value > 0 && value < 100);
  if (looksYearMonth && !Number.isInteger(value)) {
    // 1985.03 arrives as 1985.03; 1985.10 arrives as 1985.1 (Excel drops the zero) and
    // is read as January — the way people write 1985.1.
    const [intPart, frac = ''] = String(value).split('.');
    return parseDateText(`${intPart!.padStart(2, '0')}.${frac}`, options);
  }
  return toSerial();
}
