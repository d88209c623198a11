import type { LedgerData } from '../../types';
import type { LedgerSheet, SheetColumn } from '../../workbook/sheetTypes';
import { causesCell } from '../rules/hardship';
import { incomePerHead } from '../rules/income';

/*
 * 困难职工 and 帮扶 (LEDGERS.md §10). Members are referred to by 身份证号 (else 姓名); a 帮扶
 * row belongs to its member's file. The §10 columns come first, in order; 调查日期 / 公示日期
 * and the 金秋助学 child (受助子女, 就读学校, 年级) follow, so a round trip keeps them too.
 * 家庭月人均收入 is written as computed from the household (the household itself stays in
 * the app: a sheet row has no room for it).
 */

const ID_COLUMN: SheetColumn = {
  header: '身份证号',
  field: 'idNumber',
  kind: 'id',
  synonyms: ['身份证号码', '公民身份号码', '身份证'],
  width: 21,
};

export const HARDSHIP_FILE_SHEET: LedgerSheet = {
  name: '困难职工',
  keyField: 'name',
  columns: [
    { header: '姓名', field: 'name', kind: 'text', synonyms: ['职工姓名', '困难职工姓名'] },
    ID_COLUMN,
    { header: '困难类别', field: 'tier', kind: 'text', synonyms: ['困难程度', '类别', '困难类型'] },
    {
      header: '致困原因',
      field: 'causes',
      kind: 'text',
      synonyms: ['主要致困原因', '困难原因', '致困原因（主要在前）'],
      width: 28,
    },
    { header: '家庭人口', field: 'householdSize', kind: 'integer', synonyms: ['家庭人数', '人口'] },
    {
      header: '家庭月人均收入',
      field: 'incomePerHead',
      kind: 'money',
      synonyms: ['人均月收入', '家庭人均月收入', '月人均收入'],
      width: 16,
    },
    {
      header: '帮扶联系人',
      field: 'pairedLeader',
      kind: 'text',
      synonyms: ['结对帮扶领导', '帮扶责任人', '联系人'],
    },
    { header: '建档日期', field: 'filingDate', kind: 'date', synonyms: ['建档时间'] },
    { header: '状态', field: 'status', kind: 'text', synonyms: ['档案状态'] },
    { header: '脱困日期', field: 'exitDate', kind: 'date', synonyms: ['脱困时间'] },
    {
      header: '调查日期',
      field: 'surveyDate',
      kind: 'date',
      synonyms: ['摸底日期', '入户调查日期'],
    },
    { header: '公示日期', field: 'publicNoticeDate', kind: 'date', synonyms: ['公示时间'] },
  ],
  rows: (data: LedgerData) => {
    const members = new Map(data.tables.members.map((m) => [m.id, m]));
    return [...data.tables.hardshipFiles]
      .sort(
        (a, b) =>
          a.filingDate.localeCompare(b.filingDate) ||
          (members.get(a.memberId)?.name ?? '').localeCompare(
            members.get(b.memberId)?.name ?? '',
            'zh-Hans-CN',
          ),
      )
      .map((f) => {
        const m = members.get(f.memberId);
        return {
          name: m?.name ?? null,
          idNumber: m?.idNumber ?? null,
          tier: f.tier,
          causes: causesCell(f) || null,
          householdSize: f.householdSize,
          incomePerHead: incomePerHead(f).perHeadCents,
          pairedLeader: f.pairedLeader || null,
          filingDate: f.filingDate,
          status: f.status,
          exitDate: f.exitDate,
          surveyDate: f.surveyDate,
          publicNoticeDate: f.publicNoticeDate,
        };
      });
  },
};

export const HARDSHIP_ASSISTANCE_SHEET: LedgerSheet = {
  name: '帮扶',
  keyField: 'name',
  columns: [
    { header: '日期', field: 'date', kind: 'date', synonyms: ['帮扶日期', '发放日期'] },
    { header: '姓名', field: 'name', kind: 'text', synonyms: ['职工姓名', '受助人', '困难职工'] },
    ID_COLUMN,
    { header: '形式', field: 'kind', kind: 'text', synonyms: ['帮扶形式', '帮扶类别', '类别'] },
    {
      header: '金额',
      field: 'amount',
      kind: 'money',
      synonyms: ['帮扶金额', '金额（元）', '折合金额'],
    },
    { header: '资金来源', field: 'source', kind: 'text', synonyms: ['来源', '经费来源'] },
    { header: '经本会账户', field: 'viaUnionAccount', kind: 'flag', synonyms: ['经本会账户发放'] },
    {
      header: '上级申请',
      field: 'superiorAppliedOn',
      kind: 'date',
      synonyms: ['上级申请日期', '申请日期'],
    },
    {
      header: '上级批准',
      field: 'superiorApproved',
      kind: 'flag',
      synonyms: ['是否批准', '上级审批'],
    },
    { header: '说明', field: 'notes', kind: 'text', synonyms: ['备注'], width: 24 },
    { header: '受助子女', field: 'childName', kind: 'text', synonyms: ['子女姓名', '学生姓名'] },
    {
      header: '就读学校',
      field: 'school',
      kind: 'text',
      synonyms: ['学校', '录取学校'],
      width: 18,
    },
    { header: '年级', field: 'grade', kind: 'text', synonyms: ['就读年级'] },
  ],
  rows: (data: LedgerData) => {
    const members = new Map(data.tables.members.map((m) => [m.id, m]));
    // By date, then by content, so the order survives a round trip (ids and stamps do not).
    const nameOf = (memberId: string) => members.get(memberId)?.name ?? '';
    return [...data.tables.hardshipAssistance]
      .sort(
        (a, b) =>
          a.date.localeCompare(b.date) ||
          nameOf(a.memberId).localeCompare(nameOf(b.memberId), 'zh-Hans-CN') ||
          a.kind.localeCompare(b.kind) ||
          a.amountCents - b.amountCents,
      )
      .map((a) => {
        const m = members.get(a.memberId);
        return {
          date: a.date,
          name: m?.name ?? null,
          idNumber: m?.idNumber ?? null,
          kind: a.kind,
          amount: a.amountCents,
          source: a.source,
          viaUnionAccount: a.viaUnionAccount,
          superiorAppliedOn: a.superiorAppliedOn,
          superiorApproved: a.superiorApproved,
          notes: a.notes || null,
          childName: a.student?.childName || null,
          school: a.student?.school || null,
          grade: a.student?.grade || null,
        };
      });
  },
};

/** This ledger's sheets in the 年度台账 workbook, in workbook order. */
export const HARDSHIP_SHEETS: readonly LedgerSheet[] = [
  HARDSHIP_FILE_SHEET,
  HARDSHIP_ASSISTANCE_SHEET,
];
