import { isIsoDate, type IsoDate } from '../../../core/text/dates';
import { compareByStrokes } from '../../../core/text/nameOrder';
import { resolveMemberLink } from './memberLink';

/** 表彰: who or what was honoured, by whom, at which level, in which year. */
export const HONOUR_KINDS = ['个人', '集体'] as const;
export type HonourKind = (typeof HONOUR_KINDS)[number];

export const HONOUR_LEVELS = [
  '国家级',
  '省级',
  '市级',
  '县区级',
  '乡镇街道级',
  '校级',
  '其他',
] as const;

export interface Honour {
  id: string;
  /** 年度 the honour is for (or was given in). */
  year: number;
  kind: HonourKind;
  /** 获奖者: a person's name or a collective's (「语文组」, 「校工会」). */
  recipient: string;
  /** Set when an individual recipient is a roster member. */
  memberId: string | null;
  /** 称号, e.g. 「优秀工会积极分子」 */
  title: string;
  /** 级别: one of HONOUR_LEVELS, or what the chair typed. */
  level: string;
  /** 授予单位 */
  body: string;
  date?: IsoDate | null;
  demo?: 1;
}

/** What the chair enters for an honour; the store adds the id. */
export type HonourDraft = Omit<Honour, 'id' | 'demo'>;
export type HonourField = keyof HonourDraft;
/** Field → Chinese message. Empty when the honour can be saved. */
export type HonourErrors = Partial<Record<HonourField, string>>;

/** The first year an honour may be for (the union's records go no further back). */
export const FIRST_HONOUR_YEAR = 1949;

/** Checks an honour and says, per field, what is wrong; `thisYear` bounds the 年度. */
export function validateHonour(d: HonourDraft, thisYear: number): HonourErrors {
  const e: HonourErrors = {};
  if (!Number.isInteger(d.year)) e.year = '请填写年度，例如 2026';
  else if (d.year < FIRST_HONOUR_YEAR || d.year > thisYear + 1) {
    e.year = `年度应在 ${FIRST_HONOUR_YEAR} 到 ${thisYear + 1} 之间`;
  }
  if (!(HONOUR_KINDS as readonly string[]).includes(d.kind)) e.kind = '类型应为“个人”或“集体”';
  if (d.recipient.trim() === '') {
    e.recipient =
      d.kind === '集体' ? '请填写获奖集体名称，例如“语文组”' : '请从花名册选择或填写获奖人姓名';
  }
  if (d.title.trim() === '') e.title = '请填写荣誉称号，例如“优秀工会积极分子”';
  if (d.date != null && !isIsoDate(d.date)) {
    e.date = '表彰日期不是有效日期，应为 2026-09-10 这样的日期';
  }
  return e;
}

/** The honour as stored: text trimmed; a collective never links a member. */
export function toHonour(
  d: HonourDraft,
  id: string,
  memberNames: ReadonlyMap<string, string>,
): Honour {
  const link =
    d.kind === '集体'
      ? { memberId: null, name: d.recipient.trim() }
      : resolveMemberLink(d.memberId, d.recipient, memberNames);
  return {
    id,
    year: d.year,
    kind: d.kind,
    recipient: link.name,
    memberId: link.memberId,
    title: d.title.trim(),
    level: d.level.trim(),
    body: d.body.trim(),
    date: d.date ?? null,
  };
}

function levelRank(level: string): number {
  const i = (HONOUR_LEVELS as readonly string[]).indexOf(level);
  return i === -1 ? HONOUR_LEVELS.length : i;
}

/** List order: newest year first, then higher level, persons before collectives, strokes. */
export function compareHonours(a: Honour, b: Honour): number {
  return (
    b.year - a.year ||
    levelRank(a.level) - levelRank(b.level) ||
    HONOUR_KINDS.indexOf(a.kind) - HONOUR_KINDS.indexOf(b.kind) ||
    compareByStrokes(a.recipient, b.recipient)
  );
}

/** The years the year filter offers: every year that has an honour, and this year, newest first. */
export function honourYears(years: Iterable<number>, thisYear: number): number[] {
  return [...new Set([thisYear, ...years])].sort((a, b) => b - a);
}

/** How 操作记录 names a change: 「添加表彰 王芳 优秀工会积极分子」 */
export function honourBatchLabel(verb: '添加' | '修改' | '删除', h: Honour): string {
  return `${verb}表彰 ${h.recipient} ${h.title}`;
}
