import type { IsoDate } from '../../../core/text/dates';
import type { UnitKind } from '../../union/rules/profile';

/*
 * The township federation's (乡镇/街道总工会) records, LEDGERS.md §9. A federation keeps its
 * affiliated unions (下属基层工会), the units that should have a union (应建会单位), and the
 * packages its unions send each year (their 年度台账 workbooks), from which it rolls up the
 * year's figures.
 */

/** 组建形式 of an affiliated union. */
export const AFFILIATED_KINDS = [
  '单独建会（企业）',
  '单独建会（机关）',
  '单独建会（学校）',
  '单独建会（事业单位）',
  '联合工会',
  '村（社区）工会',
  '行业工会',
] as const;
export type AffiliatedKind = (typeof AFFILIATED_KINDS)[number];

/** 规范化建设等级 as the federation rates it. */
export const STANDARD_GRADES = ['', '合格', '良好', '示范'] as const;
export type StandardGrade = (typeof STANDARD_GRADES)[number];

/** 下属基层工会: one union affiliated to the federation. */
export interface AffiliatedUnion {
  id: string;
  /** 工会名称, e.g. 「城南小学工会委员会」 */
  name: string;
  /** 统计编码 (the superior union's code for it), or '' when it has none yet */
  code: string;
  kind: AffiliatedKind;
  /** 覆盖单位数: 1 for a single-unit union, N for a 联合工会 covering N units */
  coveredUnits: number;
  /** 职工人数, 会员人数, 女会员 as last reported (or typed by the federation) */
  staff: number;
  members: number;
  women: number;
  chairName: string;
  chairPhone: string;
  termStart: IsoDate | '';
  termEnd: IsoDate | '';
  /** 职代会制度, 集体合同, 厂务（校务）公开, 工会经费专用账户 */
  hasCongress: boolean;
  hasCollectiveContract: boolean;
  hasOpenAffairs: boolean;
  hasOwnAccount: boolean;
  grade: StandardGrade;
  /** 成立日期 */
  founded: IsoDate | '';
  note: string;
  demo?: 1;
}

/** 应建会单位: a unit in the township that should have a union (the 建会率 denominator). */
export interface UnitToUnionise {
  id: string;
  name: string;
  /** 企业 / 机关 / 学校 / 事业单位 / 村（社区） … as the federation lists it */
  kind: string;
  /** 职工人数 */
  staff: number;
  /** The affiliated union that covers it (its own or a 联合工会), or '' when not unionised. */
  unionId: string;
  note: string;
  demo?: 1;
}

/**
 * 台账包: one affiliated union's 年度台账 for a year, as the federation imported it. The figures
 * are computed at import (the same code as 年度统计), so the roll-up never re-reads workbooks.
 * A newer package from the same union for the same year replaces the old one.
 */
export interface UnionPackage {
  id: string;
  /** Who sent it: 统计编码 when the union has one, else the generated union id in the file */
  unionKey: string;
  /** The sender's generated 工会标识 ('' for an old backup): a union that got its 统计编码
   * after sending last time is still recognised by it. */
  unionId?: string;
  /** 统计编码 as the file gave it ('' when none) */
  statsCode?: string;
  unionName: string;
  /** The sender's 所属类型 (工会信息), when its file says; 登记为下属工会 takes 组建形式 from it. */
  unitKind?: UnitKind;
  /** The affiliated union it was matched to, or '' when it matched none (listed as unknown). */
  affiliatedUnionId: string;
  /** The year it reports (statistics year of the sender). */
  year: number;
  fileName: string;
  /** SHA-256 of the file's content, hex */
  checksum: string;
  /** When the sender exported it (ISO), from the file; decides which of two packages is newer. */
  exportedAt: string;
  importedAt: string;
  /** §11 figures: key → value (money as a 2-decimal string, rates 0–1) */
  figures: Record<string, number | string>;
  /** Salted hashes of the members' ID numbers (never the numbers), to list people in two unions. */
  personKeys: string[];
  demo?: 1;
}
