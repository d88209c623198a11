import type { LedgerSheet } from '../../workbook/sheetTypes';
import { fieldForHeader } from '../import/headerSynonyms';
import type { Member } from '../rules/member';

/*
 * 会员: the whole roster, members and non-member staff. The workbook is the chair's own full
 * record, so ID numbers and phones are written in full (a masked number could not be read
 * back); the file is to be kept like the database backup. Headers not listed here are read
 * with the roster import's synonyms (姓 名, 身份证号码 …).
 */

/** The date of the member's current status (the last history entry). */
export function statusDateOf(m: Pick<Member, 'statusHistory'>): string | null {
  return m.statusHistory[m.statusHistory.length - 1]?.date || null;
}

/** This ledger's sheets in the 年度台账 workbook (LEDGERS.md §10), in workbook order. */
export const ROSTER_SHEETS: readonly LedgerSheet[] = [
  {
    name: '会员',
    keyField: 'name',
    fieldForHeader,
    columns: [
      { header: '姓名', field: 'name', kind: 'text' },
      { header: '性别', field: 'gender', kind: 'text', width: 6 },
      { header: '证件类型', field: 'idType', kind: 'text', synonyms: ['身份证件类型'], width: 14 },
      { header: '身份证号', field: 'idNumber', kind: 'id', width: 21 },
      { header: '出生日期', field: 'birthDate', kind: 'date' },
      { header: '民族', field: 'ethnicity', kind: 'text', width: 8 },
      { header: '政治面貌', field: 'politicalStatus', kind: 'text' },
      { header: '学历', field: 'education', kind: 'text' },
      { header: '职称', field: 'title', kind: 'text', width: 16 },
      { header: '岗位', field: 'post', kind: 'text' },
      { header: '岗位类别', field: 'postCategory', kind: 'text' },
      { header: '部门', field: 'department', kind: 'text' },
      { header: '工会小组', field: 'unionGroup', kind: 'text' },
      { header: '手机号', field: 'phone', kind: 'phone', width: 14 },
      { header: '参加工作时间', field: 'hireDate', kind: 'date' },
      { header: '入会时间', field: 'joinDate', kind: 'date' },
      { header: '是否会员', field: 'isMember', kind: 'flag', synonyms: ['会员', '是否工会会员'] },
      { header: '用工形式', field: 'employmentType', kind: 'text' },
      { header: '会员状态', field: 'status', kind: 'text' },
      {
        header: '状态日期',
        field: 'statusDate',
        kind: 'date',
        synonyms: ['状态变更日期', '变动日期'],
      },
      { header: '缴费工资基数', field: 'wageBase', kind: 'number', synonyms: ['缴费工资'] },
      { header: '困难职工', field: 'hardship', kind: 'flag', synonyms: ['是否困难职工'] },
      { header: '劳模', field: 'modelWorker', kind: 'text', synonyms: ['劳模级别', '劳动模范'] },
      { header: '备注', field: 'notes', kind: 'text', width: 24 },
    ],
    rows: (data) =>
      [...data.tables.members]
        .sort((a, b) => a.rosterOrder - b.rosterOrder)
        .map((m) => ({
          name: m.name,
          gender: m.gender,
          idType: m.idType ?? null,
          idNumber: m.idNumber,
          birthDate: m.birthDate,
          ethnicity: m.ethnicity,
          politicalStatus: m.politicalStatus,
          education: m.education,
          title: m.title,
          post: m.post,
          postCategory: m.postCategory ?? null,
          department: m.department,
          unionGroup: m.unionGroup,
          phone: m.phone,
          hireDate: m.hireDate,
          joinDate: m.joinDate,
          isMember: m.isMember ?? null,
          employmentType: m.employmentType,
          status: m.status,
          statusDate: statusDateOf(m),
          wageBase: m.wageBase,
          hardship: m.flags.hardship ?? null,
          modelWorker: m.flags.modelWorker ?? null,
          notes: m.notes || null,
        })),
  },
];
