/**
 * What the notice editor shows before anything is saved, as pure rules: which merge fields
 * the text asks for, the values it is merged with (profile < activity < typed; 日期 and 文号
 * from the editor itself), and the 文号 the register would give on saving.
 */
import { formatChineseDate, isIsoDate, type IsoDate } from '../../../core/text/dates';
import type { UnionProfile } from '../../union/rules/profile';
import { nextDocumentNumber, type DocumentRegisterEntry } from './documentNumber';
import { profileMergeValues } from './noticeMerge';
import type { NoticeTemplate } from './noticeTemplates';

/** Fields filled by the editor itself, never typed: the register and the date decide them. */
export const AUTO_FIELDS: ReadonlySet<string> = new Set(['文号', '日期']);

const FIELD_RE = /\{([^{}\n]{1,12})\}/g;

/** The merge fields the notice's text uses, in order of first use, without 文号 and 日期. */
export function usedFields(
  source: Pick<NoticeTemplate, 'title' | 'addressee' | 'body' | 'signature' | 'date'>,
): string[] {
  const text = [source.title, source.addressee, source.body, source.signature, source.date].join(
    '\n',
  );
  const seen = new Set<string>();
  for (const m of text.matchAll(FIELD_RE)) {
    const f = (m[1] ?? '').trim();
    if (f && !AUTO_FIELDS.has(f)) seen.add(f);
  }
  return [...seen];
}

/** What the union profile answers: 工会名称, 单位名称, 工会主席, and 联系人 (the chair). */
export function profileNoticeValues(
  profile: Pick<UnionProfile, 'unionName' | 'unitName' | 'chairName'> | null,
): Record<string, string> {
  if (!profile) return {};
  return { ...profileMergeValues(profile), 联系人: profile.chairName };
}

/** Profile values, then the activity's, then the typed ones; unset values dropped. */
export function layeredValues(
  base: Readonly<Record<string, string | undefined>>,
  activityValues: Readonly<Record<string, string>>,
  typed: Readonly<Record<string, string>>,
): Record<string, string> {
  const all: Record<string, string | undefined> = { ...base, ...activityValues, ...typed };
  return Object.fromEntries(
    Object.entries(all).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** The values a notice is merged with: its own, 日期 from the 成文日期, 文号 when it has one. */
export function noticeValues(
  draft: { values: Readonly<Record<string, string>>; date: IsoDate },
  documentNumber: string | null,
): Record<string, string> {
  const values: Record<string, string> = { ...draft.values };
  if (isIsoDate(draft.date)) values.日期 = formatChineseDate(draft.date);
  if (documentNumber) values.文号 = documentNumber;
  else delete values.文号;
  return values;
}

/** The year a notice is registered in: its 成文日期's, else `fallback` (this year). */
export function noticeYear(date: IsoDate, fallback: number): number {
  return isIsoDate(date) ? Number(date.slice(0, 4)) : fallback;
}

export interface DocumentNumberPreview {
  /** The 文号 the register would give on saving now; null when none is due or known. */
  expected: string | null;
  /** Under the 编发文号 switch. */
  hint: string | undefined;
  /** Shown above the preview, before printing. */
  notes: string[];
}

/**
 * Before the first save a numbered notice's 文号 is only what the register would give now:
 * shown as 预计编号 and registered on 保存. A notice already numbered keeps its 文号.
 */
export function previewDocumentNumber(opts: {
  numbered: boolean;
  /** The 文号 already registered, or null. */
  number: string | null;
  prefix: string;
  year: number;
  /** The year's register; undefined while it loads. */
  register: readonly Pick<DocumentRegisterEntry, 'year' | 'seq' | 'prefix'>[] | undefined;
}): DocumentNumberPreview {
  const { numbered, number, prefix, year, register } = opts;
  if (number) return { expected: null, hint: `已登记文号：${number}`, notes: [] };
  if (!numbered) return { expected: null, hint: undefined, notes: [] };
  if (!prefix.trim())
    return { expected: null, hint: undefined, notes: ['请填写发文机关代字，才能编发文号。'] };
  if (!register) return { expected: null, hint: undefined, notes: [] };
  const expected = nextDocumentNumber(
    register.filter((r) => r.seq > 0),
    year,
    prefix,
  ).number;
  return {
    expected,
    hint: `保存时分配：${expected}`,
    notes: [`文号“${expected}”是预计编号，点“保存”后才正式登记；打印前请先保存。`],
  };
}
