/**
 * Fills a notice template's merge fields (「{时间}」) and says which fields were unknown or
 * left empty, so the editor can highlight them before anything is printed. A field that
 * has no value stays in the text as 「{时间}」: a printout with a visible gap is better than
 * one that silently drops a line.
 */
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import type { UnionProfile } from '../../union/rules/profile';
import {
  MERGE_FIELDS,
  type MergeValues,
  type NoticeKind,
  type NoticeTemplate,
} from './noticeTemplates';

export type MergePart =
  | { kind: 'text'; text: string }
  | { kind: 'field'; field: string; text: string; status: 'filled' | 'empty' | 'unknown' };

export interface MergedText {
  text: string;
  parts: MergePart[];
  /** Names in braces that are not merge fields (typos like 「{地址}」). */
  unknown: string[];
  /** Known fields with no value. */
  empty: string[];
}

const FIELD_RE = /\{([^{}\n]{1,12})\}/g;

export function isMergeField(name: string): boolean {
  return Object.hasOwn(MERGE_FIELDS, name);
}

/**
 * Fills the fields of one piece of text. `maxFieldLength` (default 12, a notice's Chinese
 * field names) is longer for the 工作总结 template, whose fields are §11 keys like
 * 「{activities.personTimesWithGuests}」.
 */
export function mergeText(text: string, values: MergeValues, maxFieldLength = 12): MergedText {
  const parts: MergePart[] = [];
  const unknown = new Set<string>();
  const empty = new Set<string>();
  let last = 0;
  const re =
    maxFieldLength === 12 ? FIELD_RE : new RegExp(`\\{([^{}\\n]{1,${maxFieldLength}})\\}`, 'g');
  for (const m of text.matchAll(re)) {
    const field = (m[1] ?? '').trim();
    if (m.index > last) parts.push({ kind: 'text', text: text.slice(last, m.index) });
    last = m.index + m[0].length;
    const value = values[field]?.trim();
    if (!isMergeField(field) && !value) {
      unknown.add(field);
      parts.push({ kind: 'field', field, text: m[0], status: 'unknown' });
    } else if (!value) {
      empty.add(field);
      parts.push({ kind: 'field', field, text: m[0], status: 'empty' });
    } else {
      parts.push({ kind: 'field', field, text: value, status: 'filled' });
    }
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return {
    text: parts.map((p) => p.text).join(''),
    parts,
    unknown: [...unknown],
    empty: [...empty],
  };
}

/** A notice with every field filled in, ready to lay out, print or export. */
export interface NoticeDocument {
  kind: NoticeKind;
  /** 发文机关标志 (red header), e.g. 「第一中学工会委员会文件」; null for none. */
  issuer: string | null;
  documentNumber: string | null;
  title: string;
  addressee: string;
  paragraphs: string[];
  signature: string;
  date: string;
  sealSpace: boolean;
}

export interface MergedNotice {
  document: NoticeDocument;
  /** Per-part results for highlighting in the editor. */
  title: MergedText;
  addressee: MergedText;
  paragraphs: MergedText[];
  unknown: string[];
  empty: string[];
}

/** Fills a template. 文号 is printed only when the template asks for it. */
export function mergeNotice(
  template: NoticeTemplate,
  values: MergeValues,
  opts: { issuer?: string | null } = {},
): MergedNotice {
  const title = mergeText(template.title, values);
  const addressee = mergeText(template.addressee, values);
  const paragraphs = template.body
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => mergeText(p, values));
  const signature = mergeText(template.signature, values);
  const date = mergeText(template.date, values);
  const number = template.withDocumentNumber ? mergeText('{文号}', values) : null;
  const all = [title, addressee, ...paragraphs, signature, date, ...(number ? [number] : [])];
  return {
    document: {
      kind: template.kind,
      issuer: opts.issuer?.trim() || null,
      documentNumber: number ? number.text : null,
      title: title.text,
      addressee: addressee.text,
      paragraphs: paragraphs.map((p) => p.text),
      signature: signature.text,
      date: date.text,
      sealSpace: template.sealSpace,
    },
    title,
    addressee,
    paragraphs,
    unknown: [...new Set(all.flatMap((t) => t.unknown))],
    empty: [...new Set(all.flatMap((t) => t.empty))],
  };
}

/** The fields the union profile answers, plus today's (or a given) date in Chinese form. */
export function profileMergeValues(
  profile: Pick<UnionProfile, 'unionName' | 'unitName' | 'chairName'>,
  date?: IsoDate,
): MergeValues {
  return {
    工会名称: profile.unionName,
    单位名称: profile.unitName,
    工会主席: profile.chairName,
    ...(date ? { 日期: formatChineseDate(date) } : {}),
  };
}
