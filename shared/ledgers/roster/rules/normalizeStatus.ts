import type { EmploymentType, MemberStatus } from './member';
import { compactText } from '../../../core/text/normalizeText';

/*
 * Words a roster uses for a member's status and employment type, mapped to the app's
 * fixed lists. 离休 counts as 退休 (the union treats both as retirees); 离职/调离 as 调出.
 */

const STATUS_WORDS: Record<string, MemberStatus> = {
  在职: '在职',
  在岗: '在职',
  在编在岗: '在职',
  正常: '在职',
  退休: '退休',
  离休: '退休',
  离退休: '退休',
  已退休: '退休',
  退职: '退休',
  调出: '调出',
  调离: '调出',
  调走: '调出',
  离职: '调出',
  辞职: '调出',
  退会: '退会',
  已退会: '退会',
  去世: '去世',
  已故: '去世',
  死亡: '去世',
  病故: '去世',
  逝世: '去世',
};

/** A status word as a MemberStatus, or null when the word is not one we know. */
export function parseMemberStatus(raw: string): MemberStatus | null {
  return STATUS_WORDS[compactText(raw).replace(/人员$/, '')] ?? null;
}

/**
 * The status a sheet's name implies: 「在职」「在职人员」 → 在职, 「退休」「离退休人员」 → 退休.
 * Null for sheets named otherwise (Sheet1, 花名册).
 */
export function statusFromSheetName(sheetName: string): MemberStatus | null {
  const s = compactText(sheetName);
  if (/离休|退休/.test(s)) return '退休';
  if (/在职|在岗/.test(s)) return '在职';
  if (/调出|调离/.test(s)) return '调出';
  if (/退会/.test(s)) return '退会';
  if (/去世|已故/.test(s)) return '去世';
  return null;
}

const EMPLOYMENT_WORDS: [RegExp, EmploymentType][] = [
  [/派遣/, '劳务派遣'],
  [/非在编|非编|编外|聘用|聘任|合同|临聘|代课|人事代理|备案制/, '聘用'],
  [/在编|编内|正式|事业编|行政编|公务员|^编制$|有编制/, '在编'],
];

/** 用工性质 as one of the app's employment types; unrecognised words become 其他. */
export function parseEmploymentType(raw: string): EmploymentType | null {
  const s = compactText(raw);
  if (s === '') return null;
  for (const [pattern, type] of EMPLOYMENT_WORDS) if (pattern.test(s)) return type;
  return '其他';
}
