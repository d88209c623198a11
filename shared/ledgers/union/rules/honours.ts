import type { IsoDate } from '../../../core/text/dates';

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
