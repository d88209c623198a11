import * as XLSX from 'xlsx';
import { textCell, type Cell } from '../../core/excel/writeSheet';
import type { RosterWorkbook } from '../../core/excel/openWorkbook';
import type { WorkbookRead } from './readWorkbook';

/*
 * Who sent a 年度台账, and whether it is what they sent (issue 15, exchange with a township
 * federation). The export adds a last sheet 「说明」 of 项目/内容 rows: 工会名称, 统计编码, 工会标识
 * (a generated id kept in the sender's settings, so a union without a 统计编码 is still known),
 * 统计年度, 导出时间 and 数据校验码.
 *
 * The 校验码 is SHA-256 over the workbook's data as the importer reads it (every 年度台账
 * sheet's rows, field → value, canonical JSON), not over the file's bytes: a file that WPS or
 * Excel opened and saved again without a change keeps its data and so its 校验码, while an edited
 * cell changes it (「文件在导出后被修改过」). A sheet cell survives re-saving in WPS better than
 * the package's custom properties, which WPS rewrites; it is also visible, which is the point:
 * the federation and the union can both read who sent the file and when.
 */

export const IDENTITY_SHEET = '说明';

/** The 说明 sheet's items, in order. */
export const IDENTITY_ITEMS = {
  unionName: '工会名称',
  statsCode: '统计编码',
  unionId: '工会标识',
  year: '统计年度',
  exportedAt: '导出时间',
  checksum: '数据校验码',
} as const;

export { UNION_ID_KEY } from '../../db/settings';

export interface WorkbookIdentity {
  unionName: string;
  /** 统计编码, '' when the union has none */
  statsCode: string;
  /** The generated stable id, 'u-…' */
  unionId: string;
  /** The statistics year the workbook was exported for */
  year: number;
  /** ISO date-time of the export */
  exportedAt: string;
  /** SHA-256 hex of the data (dataChecksum) */
  checksum: string;
}

const NOTE =
  '本表由工会台账软件导出时生成，供上级工会（乡镇、街道总工会）收取台账时核对来源。数据校验码按其他各工作表的内容计算，' +
  '修改了任何内容后校验码不再相符，上级工会导入时会提示“文件在导出后被修改过”。请不要修改本表。';

/** Sorted keys, so two reads of the same data give the same text whatever the column order. */
function canonical(values: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(values)
      .sort()
      .map((k) => [k, values[k] ?? null]),
  );
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 over every 年度台账 sheet's rows as read (not the file's bytes; see above). */
export function dataChecksum(read: WorkbookRead): Promise<string> {
  const parts = read.sheets
    .filter((s) => s.rows.length > 0)
    .map((s) => `${s.name}\n${s.rows.map((r) => canonical(r.values)).join('\n')}`);
  return sha256Hex(parts.join('\n\n'));
}

/** The 说明 sheet's cells: a header row, the items, and the note. */
export function identityRows(id: WorkbookIdentity): Cell[][] {
  const value: Record<keyof WorkbookIdentity, string> = {
    unionName: id.unionName,
    statsCode: id.statsCode,
    unionId: id.unionId,
    year: String(id.year),
    exportedAt: id.exportedAt,
    checksum: id.checksum,
  };
  return [
    [textCell('项目'), textCell('内容')],
    ...(Object.keys(IDENTITY_ITEMS) as (keyof WorkbookIdentity)[]).map((k) => [
      textCell(IDENTITY_ITEMS[k]),
      textCell(value[k]),
    ]),
    [textCell('说明'), textCell(NOTE)],
  ];
}

/**
 * The identity of an opened workbook, or null when it has no 说明 sheet with a 工会标识 or
 * 统计编码 (a workbook from before issue 15, or not a 年度台账 at all).
 */
export function readIdentity(book: RosterWorkbook): WorkbookIdentity | null {
  const ws = book.workbook.Sheets[IDENTITY_SHEET];
  if (!ws) return null;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: false, defval: '' });
  const items = new Map<string, string>();
  for (const r of rows) items.set(String(r[0] ?? '').trim(), String(r[1] ?? '').trim());
  const get = (k: keyof WorkbookIdentity) => items.get(IDENTITY_ITEMS[k]) ?? '';
  const year = Number(get('year'));
  if (!get('unionId') && !get('statsCode')) return null;
  return {
    unionName: get('unionName'),
    statsCode: get('statsCode'),
    unionId: get('unionId'),
    year: Number.isInteger(year) ? year : 0,
    exportedAt: get('exportedAt'),
    checksum: get('checksum').toLowerCase(),
  };
}
