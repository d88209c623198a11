import type { LedgerData } from '../../types';
import type { LedgerSheet, SheetColumn } from '../../workbook/sheetTypes';
import { canVote } from '../rules/congress';
import { reviewText } from '../rules/proposal';

/*
 * 职代会, 代表, 表决, 提案, 意见建议, 校务公开 (LEDGERS.md §10). 编号 is the session's id, so the
 * other sheets point at it by 会议编号 and a re-import updates the same session. 代表 has one
 * row per session and representative of its term, with the attendance (出席 blank: not
 * marked yet). Lists (附议人) are joined with 、.
 */

const ID: SheetColumn = {
  header: '身份证号',
  field: 'idNumber',
  kind: 'id',
  synonyms: ['身份证号码', '公民身份号码', '身份证'],
  width: 21,
};
const SESSION_REF: SheetColumn = {
  header: '会议编号',
  field: 'session',
  kind: 'text',
  synonyms: ['编号', '会议'],
  width: 18,
};

function sessionsByDate(data: LedgerData) {
  return [...data.tables.congressSessions].sort(
    (a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name),
  );
}

function representativeRows(data: LedgerData) {
  const t = data.tables;
  const members = new Map(t.members.map((m) => [m.id, m]));
  const byRep = new Map(
    t.congressAttendance.map((a) => [`${a.sessionId}~${a.representativeId}`, a]),
  );
  const catRank = (c: string) => (canVote({ category: c as '正式代表' }) ? 0 : 1);
  return sessionsByDate(data).flatMap((s) =>
    t.representatives
      .filter((r) => r.termNumber === s.termNumber)
      .sort(
        (a, b) =>
          catRank(a.category) - catRank(b.category) ||
          a.delegation.localeCompare(b.delegation, 'zh-Hans-CN') ||
          a.name.localeCompare(b.name, 'zh-Hans-CN') ||
          a.id.localeCompare(b.id),
      )
      .map((r) => {
        const a = byRep.get(`${s.id}~${r.id}`);
        const m = r.memberId ? members.get(r.memberId) : undefined;
        return {
          session: s.id,
          name: m?.name ?? r.name,
          idNumber: m?.idNumber ?? null,
          delegation: r.delegation || null,
          category: r.category,
          state: a?.state ?? null,
          leaveReason: a?.leaveReason || null,
        };
      }),
  );
}

export const CONGRESS_SHEETS: readonly LedgerSheet[] = [
  {
    name: '职代会',
    keyField: 'name',
    columns: [
      { header: '编号', field: 'id', kind: 'text', synonyms: ['会议编号', '序号'], width: 18 },
      {
        header: '会议名称',
        field: 'name',
        kind: 'text',
        synonyms: ['名称', '会议', '教代会', '职代会'],
        width: 34,
      },
      { header: '届次', field: 'termNumber', kind: 'integer', synonyms: ['届'] },
      { header: '会次', field: 'sessionNumber', kind: 'integer', synonyms: ['次', '第几次会议'] },
      { header: '日期', field: 'date', kind: 'date', synonyms: ['会议日期', '召开日期', '时间'] },
    ],
    rows: (data) =>
      sessionsByDate(data).map((s) => ({
        id: s.id,
        name: s.name,
        termNumber: s.termNumber,
        sessionNumber: s.sessionNumber,
        date: s.date,
      })),
  },
  {
    name: '代表',
    keyField: 'name',
    columns: [
      SESSION_REF,
      { header: '姓名', field: 'name', kind: 'text', synonyms: ['代表姓名', '代表'] },
      ID,
      { header: '代表团', field: 'delegation', kind: 'text', synonyms: ['代表组', '所在代表团'] },
      { header: '代表类别', field: 'category', kind: 'text', synonyms: ['类别', '代表身份'] },
      { header: '出席', field: 'state', kind: 'text', synonyms: ['出席情况', '状态', '考勤'] },
      { header: '请假原因', field: 'leaveReason', kind: 'text', synonyms: ['请假事由'] },
    ],
    rows: representativeRows,
  },
  {
    name: '表决',
    keyField: 'item',
    columns: [
      SESSION_REF,
      { header: '事项', field: 'item', kind: 'text', synonyms: ['表决事项', '议题'], width: 34 },
      { header: '方式', field: 'method', kind: 'text', synonyms: ['表决方式'] },
      { header: '赞成', field: 'for', kind: 'integer', synonyms: ['赞成票', '同意'] },
      { header: '反对', field: 'against', kind: 'integer', synonyms: ['反对票', '不同意'] },
      { header: '弃权', field: 'abstain', kind: 'integer', synonyms: ['弃权票'] },
    ],
    rows: (data) => {
      const rank = new Map(sessionsByDate(data).map((s, i) => [s.id, i]));
      return [...data.tables.congressVotes]
        .sort(
          (a, b) =>
            (rank.get(a.sessionId) ?? 0) - (rank.get(b.sessionId) ?? 0) || a.order - b.order,
        )
        .map((v) => ({
          session: v.sessionId,
          item: v.item,
          method: v.method,
          for: v.for,
          against: v.against,
          abstain: v.abstain,
        }));
    },
  },
  {
    name: '提案',
    keyField: 'title',
    columns: [
      SESSION_REF,
      { header: '提案号', field: 'number', kind: 'integer', synonyms: ['编号', '案号'] },
      {
        header: '案由',
        field: 'title',
        kind: 'text',
        synonyms: ['提案名称', '题目', '标题'],
        width: 34,
      },
      { header: '提案人', field: 'proposer', kind: 'text', synonyms: ['提出人'] },
      { header: '附议人', field: 'coSigners', kind: 'text', synonyms: ['附议'], width: 20 },
      { header: '类别', field: 'category', kind: 'text', synonyms: ['提案类别'] },
      { header: '收到日期', field: 'receivedDate', kind: 'date', synonyms: ['日期', '提交日期'] },
      {
        header: '审查结论',
        field: 'review',
        kind: 'text',
        synonyms: ['审查意见', '立案情况'],
        width: 16,
      },
      { header: '承办部门', field: 'department', kind: 'text', synonyms: ['承办', '承办单位'] },
      { header: '答复日期', field: 'replyDate', kind: 'date' },
      {
        header: '答复',
        field: 'reply',
        kind: 'text',
        synonyms: ['答复意见', '办理答复'],
        width: 30,
      },
      { header: '落实', field: 'implementation', kind: 'text', synonyms: ['落实情况'] },
      {
        header: '满意度',
        field: 'satisfaction',
        kind: 'text',
        synonyms: ['提案人意见', '满意情况'],
      },
    ],
    rows: (data) => {
      const rank = new Map(sessionsByDate(data).map((s, i) => [s.id, i]));
      const all = new Map(data.tables.proposals.map((p) => [p.id, p]));
      return [...data.tables.proposals]
        .sort(
          (a, b) =>
            (rank.get(a.sessionId) ?? 0) - (rank.get(b.sessionId) ?? 0) ||
            (a.number ?? Infinity) - (b.number ?? Infinity) ||
            a.receivedDate.localeCompare(b.receivedDate) ||
            a.title.localeCompare(b.title, 'zh-Hans-CN'),
        )
        .map((p) => ({
          session: p.sessionId,
          number: p.number,
          title: p.title,
          proposer: p.proposer.name,
          coSigners: p.coSigners.map((s) => s.name).join('、') || null,
          category: p.category || null,
          receivedDate: p.receivedDate,
          review: reviewText(p, all),
          department: p.department || null,
          replyDate: p.replyDate,
          reply: p.reply || null,
          implementation: p.implementation,
          satisfaction: p.satisfaction,
        }));
    },
  },
  {
    name: '意见建议',
    keyField: 'content',
    columns: [
      { header: '日期', field: 'date', kind: 'date', synonyms: ['提出日期'] },
      { header: '渠道', field: 'channel', kind: 'text', synonyms: ['来源'] },
      {
        header: '内容',
        field: 'content',
        kind: 'text',
        synonyms: ['建议内容', '意见建议'],
        width: 40,
      },
      { header: '提出人', field: 'proposer', kind: 'text', synonyms: ['建议人', '姓名'] },
      { header: '承办', field: 'handledBy', kind: 'text', synonyms: ['承办部门', '处理部门'] },
      { header: '采纳', field: 'adopted', kind: 'flag', synonyms: ['是否采纳'] },
      {
        header: '答复',
        field: 'reply',
        kind: 'text',
        synonyms: ['处理结果', '答复意见'],
        width: 30,
      },
    ],
    rows: (data) =>
      [...data.tables.suggestions]
        .sort((a, b) => a.date.localeCompare(b.date) || a.content.localeCompare(b.content))
        .map((s) => ({
          date: s.date,
          channel: s.channel || null,
          content: s.content,
          proposer: s.proposer || null,
          handledBy: s.handledBy || null,
          adopted: s.adopted,
          reply: s.reply || null,
        })),
  },
  {
    name: '校务公开',
    keyField: 'item',
    columns: [
      { header: '日期', field: 'date', kind: 'date', synonyms: ['公开日期'] },
      { header: '事项', field: 'item', kind: 'text', synonyms: ['公开事项', '内容'], width: 34 },
      { header: '类别', field: 'kind', kind: 'text', synonyms: ['公开类别', '形式'] },
      { header: '渠道', field: 'channel', kind: 'text', synonyms: ['公开渠道', '方式'] },
      { header: '公开天数', field: 'days', kind: 'integer', synonyms: ['天数', '公示天数'] },
    ],
    rows: (data) =>
      [...data.tables.openAffairs]
        .sort((a, b) => a.date.localeCompare(b.date) || a.item.localeCompare(b.item))
        .map((o) => ({
          date: o.date,
          item: o.item,
          kind: o.kind,
          channel: o.channel || null,
          days: o.days,
        })),
  },
];
