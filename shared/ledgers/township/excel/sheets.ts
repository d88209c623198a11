import type { LedgerData } from '../../types';
import type { LedgerSheet } from '../../workbook/sheetTypes';

/*
 * 下属工会 and 应建会单位 in the 年度台账 workbook (issue 15): every field of the registry, so
 * export → import is lossless. A unit names its union by 工会名称 (names are unique in the
 * registry); the header synonyms are the words of a federation's own lists.
 */

/** A federation's sheets only: a grassroots union's 年度台账 has no registry to show. */
function hasRegistry(data: LedgerData): boolean {
  return (
    data.profile?.unionType === '乡镇街道总工会' ||
    (data.tables.affiliatedUnions ?? []).length > 0 ||
    (data.tables.unitsToUnionise ?? []).length > 0
  );
}

export const AFFILIATED_SHEET: LedgerSheet = {
  name: '下属工会',
  writtenFor: hasRegistry,
  keyField: 'name',
  columns: [
    {
      header: '工会名称',
      field: 'name',
      kind: 'text',
      synonyms: ['基层工会名称', '单位名称', '工会组织名称', '名称'],
      width: 28,
    },
    { header: '统计编码', field: 'code', kind: 'text', synonyms: ['编码', '工会编码', '组织代码'] },
    { header: '组建形式', field: 'kind', kind: 'text', synonyms: ['类型', '建会形式', '工会类型'] },
    {
      header: '覆盖单位数',
      field: 'coveredUnits',
      kind: 'integer',
      synonyms: ['覆盖单位', '涵盖单位数', '单位数'],
    },
    { header: '职工人数', field: 'staff', kind: 'integer', synonyms: ['职工数', '职工总数'] },
    { header: '会员人数', field: 'members', kind: 'integer', synonyms: ['会员数', '会员总数'] },
    {
      header: '女会员',
      field: 'women',
      kind: 'integer',
      synonyms: ['女会员数', '女职工', '女职工数'],
    },
    { header: '工会主席', field: 'chairName', kind: 'text', synonyms: ['主席', '主席姓名'] },
    {
      header: '联系电话',
      field: 'chairPhone',
      kind: 'phone',
      synonyms: ['电话', '手机', '主席电话', '联系方式'],
      width: 15,
    },
    { header: '任期开始', field: 'termStart', kind: 'date', synonyms: ['换届时间', '选举日期'] },
    {
      header: '任期届满',
      field: 'termEnd',
      kind: 'date',
      synonyms: ['届满时间', '任期届满时间', '任期', '届满日期'],
    },
    { header: '职代会制度', field: 'hasCongress', kind: 'flag', synonyms: ['职代会', '教代会'] },
    { header: '集体合同', field: 'hasCollectiveContract', kind: 'flag', synonyms: ['集体协商'] },
    {
      header: '厂务公开',
      field: 'hasOpenAffairs',
      kind: 'flag',
      synonyms: ['校务公开', '厂务（校务）公开', '政务公开'],
    },
    {
      header: '专用账户',
      field: 'hasOwnAccount',
      kind: 'flag',
      synonyms: ['经费专用账户', '工会经费专用账户', '独立账户'],
    },
    { header: '规范化等级', field: 'grade', kind: 'text', synonyms: ['等级', '规范化建设等级'] },
    { header: '成立日期', field: 'founded', kind: 'date', synonyms: ['成立时间', '建会时间'] },
    { header: '备注', field: 'note', kind: 'text', width: 24 },
  ],
  rows: (data: LedgerData) =>
    [...(data.tables.affiliatedUnions ?? [])]
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'))
      .map((u) => ({
        name: u.name,
        code: u.code || null,
        kind: u.kind,
        coveredUnits: u.coveredUnits,
        staff: u.staff,
        members: u.members,
        women: u.women,
        chairName: u.chairName || null,
        chairPhone: u.chairPhone || null,
        termStart: u.termStart || null,
        termEnd: u.termEnd || null,
        hasCongress: u.hasCongress,
        hasCollectiveContract: u.hasCollectiveContract,
        hasOpenAffairs: u.hasOpenAffairs,
        hasOwnAccount: u.hasOwnAccount,
        grade: u.grade || null,
        founded: u.founded || null,
        note: u.note || null,
      })),
};

export const UNITS_SHEET: LedgerSheet = {
  name: '应建会单位',
  writtenFor: hasRegistry,
  keyField: 'name',
  minOtherFields: 1,
  columns: [
    { header: '单位名称', field: 'name', kind: 'text', synonyms: ['单位', '名称'], width: 28 },
    { header: '单位类型', field: 'kind', kind: 'text', synonyms: ['类型', '单位性质'] },
    { header: '职工人数', field: 'staff', kind: 'integer', synonyms: ['职工数'] },
    {
      header: '所属工会',
      field: 'union',
      kind: 'text',
      synonyms: ['建会情况', '所在工会', '覆盖工会'],
      width: 28,
    },
    { header: '备注', field: 'note', kind: 'text', width: 24 },
  ],
  rows: (data: LedgerData) => {
    const unions = new Map((data.tables.affiliatedUnions ?? []).map((u) => [u.id, u.name]));
    return [...(data.tables.unitsToUnionise ?? [])]
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'))
      .map((u) => ({
        name: u.name,
        kind: u.kind || null,
        staff: u.staff,
        union: unions.get(u.unionId) ?? null,
        note: u.note || null,
      }));
  },
};

export const TOWNSHIP_SHEETS: readonly LedgerSheet[] = [AFFILIATED_SHEET, UNITS_SHEET];
