import { LEDGERS } from '../index';
import { LEDGER_SHEETS } from '../sheets';
import type { LedgerSheet } from './sheetTypes';

/** Sheet order of the 年度台账 (LEDGERS.md §10); a ledger's sheet not listed goes last. */
export const WORKBOOK_SHEET_ORDER = [
  '工会',
  '会员',
  '委员',
  '活动',
  '活动参加',
  '慰问',
  '福利发放',
  '困难职工',
  '帮扶',
  '会费',
  '经费',
  '经费年度',
  '预算',
  '职代会',
  '代表',
  '表决',
  '提案',
  '意见建议',
  '选举',
  '候选人',
  '选票',
  '下属工会',
  '应建会单位',
  '表彰',
  '发文',
  '校务公开',
] as const;

/** Every ledger's sheets (LEDGER_SHEETS, ledgers in LEDGERS order), in workbook order. */
export function workbookSheets(): LedgerSheet[] {
  const rank = (name: string) => {
    const i = (WORKBOOK_SHEET_ORDER as readonly string[]).indexOf(name);
    return i < 0 ? WORKBOOK_SHEET_ORDER.length : i;
  };
  const all = LEDGERS.flatMap((l) => LEDGER_SHEETS[l.name]);
  return all
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s.name) - rank(b.s.name) || a.i - b.i)
    .map(({ s }) => s);
}
