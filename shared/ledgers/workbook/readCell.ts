import { cleanIdInput } from '../../core/ids/idNumber';
import { excelErrorMessage, type GridCell } from '../../core/excel/sheetGrid';
import { parseDateNumber, parseDateText } from '../../core/text/normalizeDate';
import { cleanCellText, compactText } from '../../core/text/normalizeText';
import type { CellKind, CellValue } from './sheetTypes';

/*
 * One cell of a 年度台账 sheet → the plain value its column's kind holds, or a Chinese reason
 * why it cannot be read (the caller adds sheet, row and column).
 */

export type CellRead = { ok: true; value: CellValue } | { ok: false; message: string };

const MONEY_NOISE = /[,，\s元￥¥]/g;
const YES = new Set(['是', '√', '✓', '✔', 'y', 'yes', 'true', '1', '会员', '有']);
const NO = new Set(['否', '×', '✗', 'n', 'no', 'false', '0', '非会员', '不是', '无']);

const ok = (value: CellValue): CellRead => ({ ok: true, value });

function numberOf(cell: GridCell): number {
  if (typeof cell.value === 'number') return cell.value;
  const t = compactText(cell.text).replace(MONEY_NOISE, '');
  return t === '' ? NaN : Number(t);
}

export function readCell(
  kind: CellKind,
  cell: GridCell | null,
  opts: { date1904: boolean; today: string },
): CellRead {
  if (!cell) return ok(null);
  if (cell.error)
    return { ok: false, message: excelErrorMessage(cell.error, kind === 'id' ? 'id' : undefined) };
  const text = cleanCellText(cell.text);
  if (text === '') return ok(null);
  switch (kind) {
    case 'text': {
      // Kept as typed (full-width ：，（） included) so text reads back exactly as written.
      const typed = cell.text.trim();
      return ok(typed === '' ? null : typed);
    }
    case 'id':
      return ok(cleanIdInput(typeof cell.value === 'number' ? String(cell.value) : text));
    case 'phone':
      return ok(compactText(typeof cell.value === 'number' ? String(cell.value) : text));
    case 'date': {
      const parsed =
        typeof cell.value === 'number'
          ? parseDateNumber(cell.value, { ...opts, formattedAsDate: cell.isDate })
          : parseDateText(text, opts);
      return parsed
        ? ok(parsed.date)
        : {
            ok: false,
            message: `无法识别日期“${text}”，可写成2026-03-08、2026/3/8、2026.3.8或2026年3月8日`,
          };
    }
    case 'integer': {
      const n = numberOf(cell);
      return Number.isInteger(n) ? ok(n) : { ok: false, message: `“${text}”不是整数` };
    }
    case 'number': {
      const n = numberOf(cell);
      return Number.isFinite(n) && n >= 0
        ? ok(n)
        : { ok: false, message: `无法识别数字“${text}”，请填写不小于0的数字` };
    }
    case 'money': {
      const n = numberOf(cell);
      if (!Number.isFinite(n) || n < 0)
        return { ok: false, message: `无法识别金额“${text}”，请填写不小于0的数字（单位：元）` };
      const cents = Math.round(n * 100);
      if (Math.abs(n * 100 - cents) > 1e-6)
        return { ok: false, message: `金额“${text}”超过两位小数，最多到分` };
      return ok(cents);
    }
    case 'flag': {
      const t = text.toLowerCase();
      if (YES.has(t)) return ok(true);
      if (NO.has(t)) return ok(false);
      return { ok: false, message: `无法识别“${text}”，请填写“是”或“否”` };
    }
  }
}
