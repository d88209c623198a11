import type { LedgerData } from '../../types';
import type { LedgerSheet } from '../../workbook/sheetTypes';
import type { ParticipantResult } from '../rules/activity';

/*
 * 活动 and 活动参加. 编号 is the activity's id, so 活动参加 rows point at their activity and a
 * re-import updates the same activity; a hand-typed workbook may number them 1, 2, 3.
 * 预算/实际支出 are kept in 元 on the activity and written as money; 奖品金额 is in 分.
 */

const RANK = /^第\s*(\d+)\s*名$/;

/** 名次奖项 as written: 「第1名」, 「一等奖」, or both 「第1名、一等奖」. */
export function formatResult(r: ParticipantResult | null | undefined): string | null {
  if (!r) return null;
  const parts = [r.rank !== undefined ? `第${r.rank}名` : '', r.award ?? ''].filter((s) => s);
  return parts.length ? parts.join('、') : null;
}

/** Reads 名次奖项 back; score is not part of the sheet. */
export function parseResult(text: string | null): ParticipantResult | null {
  if (!text || !text.trim()) return null;
  const out: ParticipantResult = {};
  const awards: string[] = [];
  for (const part of text.split(/[、，,;；]/).map((s) => s.trim())) {
    if (!part) continue;
    const m = RANK.exec(part);
    if (m && out.rank === undefined) out.rank = Number(m[1]);
    else awards.push(part);
  }
  if (awards.length) out.award = awards.join('、');
  return out;
}

const toCents = (yuan: number | null) => (yuan === null ? null : Math.round(yuan * 100));

function participantRows(data: LedgerData) {
  const members = new Map(data.tables.members.map((m) => [m.id, m]));
  const order = new Map(
    [...data.tables.activities]
      .sort((a, b) => a.startDate.localeCompare(b.startDate))
      .map((a, i) => [a.id, i]),
  );
  return [...data.tables.participants]
    .sort(
      (a, b) =>
        (order.get(a.activityId) ?? 0) - (order.get(b.activityId) ?? 0) || a.order - b.order,
    )
    .map((p) => {
      const m = p.memberId === null ? undefined : members.get(p.memberId);
      return {
        activity: p.activityId,
        name: p.memberId === null ? (p.guestName ?? null) : (m?.name ?? null),
        idNumber: m?.idNumber ?? null,
        identity: p.memberId === null ? '来宾' : '会员',
        state: p.state,
        leaveReason: p.leaveReason || null,
        entry: p.entry || null,
        result: formatResult(p.result),
        prize: p.prizeCents ?? null,
      };
    });
}

/** This ledger's sheets in the 年度台账 workbook (LEDGERS.md §10), in workbook order. */
export const ACTIVITIES_SHEETS: readonly LedgerSheet[] = [
  {
    name: '活动',
    keyField: 'title',
    columns: [
      { header: '编号', field: 'id', kind: 'text', synonyms: ['活动编号', '序号'], width: 18 },
      {
        header: '活动名称',
        field: 'title',
        kind: 'text',
        synonyms: ['名称', '活动', '会议名称', '活动主题'],
        width: 28,
      },
      { header: '类别', field: 'kind', kind: 'text', synonyms: ['活动类别', '类型', '活动类型'] },
      { header: '主办', field: 'host', kind: 'text', synonyms: ['主办方', '主办单位'] },
      {
        header: '开始日期',
        field: 'startDate',
        kind: 'date',
        synonyms: ['日期', '活动日期', '时间', '活动时间'],
      },
      { header: '结束日期', field: 'endDate', kind: 'date', synonyms: ['结束时间'] },
      {
        header: '地点',
        field: 'place',
        kind: 'text',
        synonyms: ['活动地点', '会议地点'],
        width: 16,
      },
      {
        header: '参加对象',
        field: 'targetGroup',
        kind: 'text',
        synonyms: ['参加人员', '对象'],
        width: 16,
      },
      { header: '预算', field: 'budget', kind: 'money', synonyms: ['预算金额', '预算（元）'] },
      {
        header: '实际支出',
        field: 'actualCost',
        kind: 'money',
        synonyms: ['支出', '实际支出金额', '经费'],
      },
      { header: '备注', field: 'notes', kind: 'text', synonyms: ['说明'], width: 24 },
    ],
    rows: (data) => {
      const kinds = new Map(data.tables.activityKinds.map((k) => [k.id, k.name]));
      return [...data.tables.activities]
        .sort((a, b) => a.startDate.localeCompare(b.startDate))
        .map((a) => ({
          id: a.id,
          title: a.title,
          kind: kinds.get(a.kindId) ?? null,
          host: a.host,
          startDate: a.startDate,
          endDate: a.endDate,
          place: a.place || null,
          targetGroup: a.targetGroup || null,
          budget: toCents(a.budget),
          actualCost: toCents(a.actualCost),
          notes: a.notes || null,
        }));
    },
  },
  {
    name: '活动参加',
    keyField: 'name',
    columns: [
      { header: '活动编号', field: 'activity', kind: 'text', synonyms: ['编号'], width: 18 },
      { header: '姓名', field: 'name', kind: 'text', synonyms: ['参加人', '会员姓名', '来宾姓名'] },
      {
        header: '身份证号',
        field: 'idNumber',
        kind: 'id',
        synonyms: ['身份证号码', '公民身份号码', '身份证'],
        width: 21,
      },
      { header: '身份', field: 'identity', kind: 'text', synonyms: ['人员类别'] },
      { header: '状态', field: 'state', kind: 'text', synonyms: ['出勤', '考勤', '出席情况'] },
      { header: '请假原因', field: 'leaveReason', kind: 'text', synonyms: ['请假事由'] },
      { header: '项目', field: 'entry', kind: 'text', synonyms: ['参赛项目', '比赛项目'] },
      {
        header: '名次奖项',
        field: 'result',
        kind: 'text',
        synonyms: ['名次', '奖项', '获奖等次', '成绩'],
      },
      { header: '奖品金额', field: 'prize', kind: 'money', synonyms: ['奖品', '奖金'] },
    ],
    rows: participantRows,
  },
];
