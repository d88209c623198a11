/**
 * The federation's two registry printouts, as ruled tables through the print engine:
 * 基层工会组织情况一览表 (A4 landscape: one row per affiliated union, a 合计 row) and
 * 未建会单位名单 (A4 portrait: the units that should have a union and have none). Header row
 * on every page, 「第 X 页 共 Y 页」 at each foot, signature lines. Pure: records in, pages out.
 * The chair's phone is printed masked.
 */
import { maskPhone } from '../../../core/ids/idNumber';
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { a4, paginate } from '../../../core/print/paginate';
import type { RuledTable, RuledTableColumn, RuledTableRow } from '../../../core/print/ruledTable';
import { isUnionised } from '../rules/rates';
import type { AffiliatedUnion, UnitToUnionise } from '../rules/rows';

export type RegistryColumn = RuledTableColumn;
export type RegistryRow = RuledTableRow;

export interface RegistryTableModel extends RuledTable {
  count: number;
  totalText: string;
}

const METRICS = {
  firstPageHeadMm: 24,
  laterPageHeadMm: 9,
  pageFootMm: 16,
  tableHeaderMm: 10,
  rowMm: 8,
  cellPt: 10,
};

/**
 * A4 landscape: 297 − 35 = 262 mm between the margins, less 1 mm so the table's left rule
 * (0.3 mm) does not push its right rule out of the clipped block.
 */
const UNION_COLUMNS: readonly RegistryColumn[] = [
  { key: 'seq', label: '序号', widthMm: 10 },
  { key: 'name', label: '工会名称', widthMm: 49, align: 'left' },
  { key: 'kind', label: '组建形式', widthMm: 22 },
  { key: 'units', label: '覆盖单位', widthMm: 14, align: 'right' },
  { key: 'staff', label: '职工', widthMm: 14, align: 'right' },
  { key: 'members', label: '会员', widthMm: 14, align: 'right' },
  { key: 'women', label: '女', widthMm: 12, align: 'right' },
  { key: 'chair', label: '主席', widthMm: 16 },
  { key: 'phone', label: '联系电话', widthMm: 24 },
  { key: 'termEnd', label: '任期届满', widthMm: 20 },
  { key: 'congress', label: '职代会', widthMm: 12 },
  { key: 'contract', label: '集体合同', widthMm: 14 },
  { key: 'open', label: '厂务公开', widthMm: 14 },
  { key: 'account', label: '专用账户', widthMm: 14 },
  { key: 'grade', label: '等级', widthMm: 12 },
];

/** A4 portrait: 210 − 35 = 175 mm, less 1 mm for the left rule. */
const UNIT_COLUMNS: readonly RegistryColumn[] = [
  { key: 'seq', label: '序号', widthMm: 12 },
  { key: 'name', label: '单位名称', widthMm: 70, align: 'left' },
  { key: 'kind', label: '单位类型', widthMm: 30 },
  { key: 'staff', label: '职工人数', widthMm: 22, align: 'right' },
  { key: 'note', label: '备注', widthMm: 40, align: 'left' },
];

export const REGISTRY_SIGNATURE_PARTS = ['填表人：', '审核人：', '总工会主席：'] as const;

const shortKind = (k: string) => k.replace(/^单独建会（(.+)）$/, '单独（$1）');
const tick = (b: boolean) => (b ? '√' : '');
const shortUnion = (name: string) => name.trim().replace(/工会委员会$/, '工会');

function layout(rows: RegistryRow[], orientation: 'landscape' | 'portrait') {
  const geometry = a4(orientation);
  const laid = paginate([{ heading: null, rows, rowMm: METRICS.rowMm }], {
    geometry,
    firstPageHeadMm: METRICS.firstPageHeadMm,
    laterPageHeadMm: METRICS.laterPageHeadMm,
    pageFootMm: METRICS.pageFootMm,
    tableHeaderMm: METRICS.tableHeaderMm,
    groupHeadingMm: 0,
    blocks: 1,
    minRowsAfterHeading: 1,
    groupNewPage: false,
  });
  return { geometry, pages: laid.pages, pageCount: laid.pageCount };
}

export interface UnionTableInput {
  federationName: string;
  unions: readonly AffiliatedUnion[];
  madeOn: IsoDate;
}

/** 基层工会组织情况一览表: every affiliated union in name order, and a 合计 row. */
export function buildUnionTable(input: UnionTableInput): RegistryTableModel {
  const unions = [...input.unions].sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
  const rows: RegistryRow[] = unions.map((u, i) => ({
    seq: i + 1,
    recordId: u.id,
    cells: [
      u.name,
      shortKind(u.kind),
      String(u.coveredUnits),
      String(u.staff),
      String(u.members),
      String(u.women),
      u.chairName,
      u.chairPhone ? maskPhone(u.chairPhone) : '',
      u.termEnd ? u.termEnd.replaceAll('-', '.') : '',
      tick(u.hasCongress),
      tick(u.hasCollectiveContract),
      tick(u.hasOpenAffairs),
      tick(u.hasOwnAccount),
      u.grade,
    ],
  }));
  const sum = (f: (u: AffiliatedUnion) => number) => unions.reduce((s, u) => s + f(u), 0);
  const count = (f: (u: AffiliatedUnion) => boolean) => String(unions.filter(f).length);
  const units = sum((u) => u.coveredUnits);
  const members = sum((u) => u.members);
  rows.push({
    seq: 0,
    recordId: null,
    cells: [
      `合计 ${unions.length} 个`,
      '',
      String(units),
      String(sum((u) => u.staff)),
      String(members),
      String(sum((u) => u.women)),
      '',
      '',
      '',
      count((u) => u.hasCongress),
      count((u) => u.hasCollectiveContract),
      count((u) => u.hasOpenAffairs),
      count((u) => u.hasOwnAccount),
      '',
    ],
  });
  const laid = layout(rows, 'landscape');
  return {
    title: `${shortUnion(input.federationName)}基层工会组织情况一览表`,
    infoText: `填报单位：${input.federationName}`,
    madeOnText: formatChineseDate(input.madeOn),
    orientation: 'landscape',
    metrics: METRICS,
    columns: [...UNION_COLUMNS],
    ...laid,
    count: unions.length,
    totalText: `共 ${unions.length} 个基层工会，覆盖 ${units} 个单位，会员 ${members} 人`,
    signatureParts: REGISTRY_SIGNATURE_PARTS,
  };
}

export interface UnitListInput {
  federationName: string;
  units: readonly UnitToUnionise[];
  unions: readonly Pick<AffiliatedUnion, 'id'>[];
  madeOn: IsoDate;
}

/** 未建会单位名单: the units with no union of their own and none covering them. */
export function buildNotUnionisedList(input: UnitListInput): RegistryTableModel {
  const ids = new Set(input.unions.map((u) => u.id));
  const units = input.units
    .filter((u) => !isUnionised(u, ids))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
  const rows: RegistryRow[] = units.map((u, i) => ({
    seq: i + 1,
    recordId: u.id,
    cells: [u.name, u.kind, String(u.staff), u.note],
  }));
  const staff = units.reduce((s, u) => s + u.staff, 0);
  rows.push({
    seq: 0,
    recordId: null,
    cells: [`合计 ${units.length} 个单位`, '', String(staff), ''],
  });
  const laid = layout(rows, 'portrait');
  return {
    title: `${shortUnion(input.federationName)}未建会单位名单`,
    infoText: `应建会单位 ${input.units.length} 个，其中未建会 ${units.length} 个`,
    madeOnText: formatChineseDate(input.madeOn),
    orientation: 'portrait',
    metrics: METRICS,
    columns: [...UNIT_COLUMNS],
    ...laid,
    count: units.length,
    totalText: `未建会单位 ${units.length} 个，职工 ${staff} 人`,
    signatureParts: REGISTRY_SIGNATURE_PARTS,
  };
}
