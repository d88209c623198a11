/**
 * 发文字号 (文号) like 「一中工〔2026〕3号」: issuer prefix, year in hexagonal brackets 〔〕
 * (not 【】 or []), sequence numbered afresh each year, no leading zeros, no 「第」.
 */
import type { IsoDate } from '../../../core/text/dates';

/** One entry of the document register (发文登记). Stored by the activities feature. */
export interface DocumentRegisterEntry {
  id: string;
  year: number;
  seq: number;
  /** 机关代字, e.g. 「一中工」 */
  prefix: string;
  /** The formatted 文号, e.g. 「一中工〔2026〕3号」 */
  number: string;
  title: string;
  date: IsoDate;
  /** The activity / meeting the document belongs to, if any. */
  activityId?: string | null;
}

export interface DocumentNumber {
  prefix: string;
  year: number;
  seq: number;
  number: string;
}

/** 「一中工〔2026〕3号」 */
export function formatDocumentNumber(prefix: string, year: number, seq: number): string {
  return `${prefix.trim()}〔${year}〕${seq}号`;
}

// Typed by hand the brackets come out as [], 【】, （）, ［］ or 〔〕; all are read back.
const NUMBER_RE = /^\s*(.*?)\s*[〔[【（(［]\s*(\d{4})\s*[〕\]】）)］]\s*第?\s*0*(\d+)\s*号\s*$/;

/** Reads a 文号 typed with any kind of bracket; null when it is not one. */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const m = NUMBER_RE.exec(text);
  if (!m) return null;
  const prefix = m[1] ?? '';
  const year = Number(m[2]);
  const seq = Number(m[3]);
  if (seq < 1) return null;
  return { prefix, year, seq, number: formatDocumentNumber(prefix, year, seq) };
}

/** The next 文号 for `prefix` in `year`: one more than the highest used that year, else 1. */
export function nextDocumentNumber(
  register: readonly Pick<DocumentRegisterEntry, 'year' | 'seq' | 'prefix'>[],
  year: number,
  prefix: string,
): DocumentNumber {
  const p = prefix.trim();
  const used = register.filter((e) => e.year === year && e.prefix.trim() === p).map((e) => e.seq);
  const seq = used.length ? Math.max(...used) + 1 : 1;
  return { prefix: p, year, seq, number: formatDocumentNumber(p, year, seq) };
}
