import type { LedgerData } from '../../types';
import type { LedgerSheet, SheetRecord } from '../../workbook/sheetTypes';
import { unionTypeOf, type UnionProfile } from '../rules/profile';
import { capProfileText } from '../../care/rules/capSetting';

/*
 * 工会 (the profile as 项目/内容 rows), 委员 and 表彰. 任期年数 is read back into termEnd as
 * the day before the anniversary (2023-09-01, 5 → 2028-08-31); 慰问标准 is the cap profile's
 * name (care/rules/capSetting.ts), blank until the chair chooses one. 所属类型, 工会类型 and
 * 统计编码 travel too: a federation restored from its workbook is a federation again.
 */

/** 工会 sheet items, in order: item → how the profile holds it. */
export const UNION_ITEMS = [
  '工会名称',
  '单位名称',
  '届次',
  '选举日期',
  '任期年数',
  '上级工会',
  '统计起始月',
  '慰问标准',
  '所属类型',
  '工会类型',
  '统计编码',
] as const;
export type UnionItem = (typeof UNION_ITEMS)[number];

/** Whole years from termStart to the day after termEnd; null when they are not dates. */
export function termYears(p: Pick<UnionProfile, 'termStart' | 'termEnd'>): number | null {
  const s = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p.termStart);
  const e = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p.termEnd);
  if (!s || !e) return null;
  const end = new Date(Date.UTC(+e[1]!, +e[2]! - 1, +e[3]! + 1));
  const months = (end.getUTCFullYear() - +s[1]!) * 12 + end.getUTCMonth() - (+s[2]! - 1);
  return Math.round(months / 12);
}

/** The last day of a term of `years` starting on `start` (the day before the anniversary). */
export function termEndOf(start: string, years: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + years, m - 1, d - 1)).toISOString().slice(0, 10);
}

function unionItems(p: UnionProfile | null): SheetRecord[] {
  const value: Record<UnionItem, string | number | null> = {
    工会名称: p?.unionName || null,
    单位名称: p?.unitName || null,
    届次: p?.termNumber ?? null,
    选举日期: p?.termStart || null,
    任期年数: p ? termYears(p) : null,
    上级工会: p?.superiorUnion || null,
    统计起始月: p ? (p.statsYearStartMonth ?? 1) : null,
    慰问标准: capProfileText(p),
    所属类型: p?.unitKind || null,
    工会类型: p ? unionTypeOf(p) : null,
    统计编码: p?.statsCode || null,
  };
  return UNION_ITEMS.map((item) => ({ item, value: value[item] }));
}

const memberIdNumber = (data: LedgerData, memberId: string | null) =>
  memberId === null ? null : (data.tables.members.find((m) => m.id === memberId)?.idNumber ?? null);

/** This ledger's sheets in the 年度台账 workbook (LEDGERS.md §10), in workbook order. */
export const UNION_SHEETS: readonly LedgerSheet[] = [
  {
    name: '工会',
    keyField: 'item',
    minOtherFields: 1,
    columns: [
      { header: '项目', field: 'item', kind: 'text', synonyms: ['名称', '事项'], width: 14 },
      { header: '内容', field: 'value', kind: 'text', synonyms: ['值', '信息'], width: 36 },
    ],
    rows: (data) => unionItems(data.profile),
  },
  {
    name: '委员',
    keyField: 'name',
    columns: [
      { header: '届次', field: 'termNumber', kind: 'integer', synonyms: ['任届'] },
      { header: '职务', field: 'role', kind: 'text', synonyms: ['职位', '担任职务'], width: 16 },
      { header: '姓名', field: 'name', kind: 'text', synonyms: ['委员姓名'] },
      {
        header: '身份证号',
        field: 'idNumber',
        kind: 'id',
        synonyms: ['身份证号码', '公民身份号码', '身份证'],
        width: 21,
      },
      { header: '任职日期', field: 'startDate', kind: 'date', synonyms: ['任职时间', '当选日期'] },
      { header: '离任日期', field: 'endDate', kind: 'date', synonyms: ['离任时间', '卸任日期'] },
    ],
    rows: (data) =>
      [...data.tables.officers]
        .sort(
          (a, b) =>
            a.termNumber - b.termNumber || (a.startDate ?? '').localeCompare(b.startDate ?? ''),
        )
        .map((o) => ({
          termNumber: o.termNumber,
          role: o.role,
          name: o.name,
          idNumber: memberIdNumber(data, o.memberId),
          startDate: o.startDate,
          endDate: o.endDate,
        })),
  },
  {
    name: '表彰',
    keyField: 'recipient',
    columns: [
      { header: '年度', field: 'year', kind: 'integer', synonyms: ['年份'] },
      { header: '类型', field: 'kind', kind: 'text', synonyms: ['个人/集体', '表彰类型'] },
      {
        header: '获奖者',
        field: 'recipient',
        kind: 'text',
        synonyms: ['姓名', '获奖人', '获奖单位', '获奖集体', '受表彰者'],
        width: 16,
      },
      {
        header: '称号',
        field: 'title',
        kind: 'text',
        synonyms: ['荣誉称号', '奖项', '表彰名称'],
        width: 24,
      },
      { header: '级别', field: 'level', kind: 'text', synonyms: ['表彰级别', '等级'] },
      {
        header: '授予单位',
        field: 'body',
        kind: 'text',
        synonyms: ['表彰单位', '颁发单位', '授予机关'],
        width: 20,
      },
    ],
    rows: (data) =>
      [...data.tables.honours]
        .sort((a, b) => a.year - b.year)
        .map((h) => ({
          year: h.year,
          kind: h.kind,
          recipient: h.recipient,
          title: h.title,
          level: h.level || null,
          body: h.body || null,
        })),
  },
];
