import * as XLSX from 'xlsx';
import type { Member } from '../../../shared/ledgers/roster';
import { freezeTopRows } from '../../../shared/core/excel';
import { exportRosterXlsx } from '../../../shared/ledgers/roster/excel';
import { excelPlan, withMaskedNumbers } from '../../../shared/ledgers/roster/print';

export interface ListWorkbookRequest {
  /** In print order (the same rows as the printout). */
  members: readonly Member[];
  /** The list's column keys (shared/ledgers/roster/print/rosterList LIST_COLUMNS). */
  columnKeys: readonly string[];
  sheetName: string;
  /** Whole ID numbers and phones; otherwise masked, the same switch as the printout. */
  fullNumbers: boolean;
}

/**
 * A list as an .xlsx through the roster export (text IDs, real dates, frozen header, no
 * formulas), then the list-only touches: 退休日期 under its own header and an empty 签名
 * column at the right (see excelPlan). The sheet is re-read and re-written for that, and
 * the frozen header added again, since SheetJS does not write it.
 */
export function listWorkbook(req: ListWorkbookRequest): Uint8Array {
  const plan = excelPlan(req.columnKeys);
  const members = req.fullNumbers ? req.members : withMaskedNumbers(req.members);
  const bytes = exportRosterXlsx(members, plan.rosterKeys, { sheetName: req.sheetName });
  if (Object.keys(plan.renameHeaders).length === 0 && plan.appendColumns.length === 0) return bytes;

  const wb = XLSX.read(bytes, { type: 'array', cellNF: true, cellStyles: true });
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  for (let c = range.s.c; c <= range.e.c; c++) {
    const addr = XLSX.utils.encode_cell({ r: 0, c });
    const label = ws[addr]?.v;
    const renamed = typeof label === 'string' ? plan.renameHeaders[label] : undefined;
    if (renamed) ws[addr] = { t: 's', v: renamed };
  }
  const cols = ws['!cols'] ?? [];
  for (const extra of plan.appendColumns) {
    range.e.c += 1;
    ws[XLSX.utils.encode_cell({ r: 0, c: range.e.c })] = { t: 's', v: extra.label };
    cols[range.e.c] = { wch: extra.width };
  }
  ws['!cols'] = cols;
  ws['!ref'] = XLSX.utils.encode_range(range);
  const raw = XLSX.write(wb, {
    type: 'array',
    bookType: 'xlsx',
    bookSST: true,
    // Stored: freezeTopRows re-zips the package once with fflate, faster than deflating twice.
    compression: false,
  }) as ArrayBuffer;
  return freezeTopRows(new Uint8Array(raw), new Map([[0, 1]]));
}
