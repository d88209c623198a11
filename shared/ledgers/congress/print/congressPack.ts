/**
 * The congress pack's ruled tables (LEDGERS.md §6): 代表名册 by 代表团 in stroke order,
 * 代表资格审查报告 (counts and shares), 表决计票表 with the result, 提案登记表 and the
 * 校务公开 register — each data in, a TableDocModel (tableDoc.ts) out — and who goes on the
 * session's sign-in sheet (the activities' sign-in engine draws it).
 */
import { formatChineseDate, type IsoDate } from '../../../core/text/dates';
import { compareByStrokes } from '../../../core/text/nameOrder';
import type { Member } from '../../roster/rules/member';
import type { SignInPerson } from '../../activities/rules/signInOrder';
import type { LeaveEntry } from '../../activities/print/signInSheet';
import {
  REPRESENTATIVE_CATEGORIES,
  chineseNumber,
  type CongressAttendance,
  type CongressSession,
  type Representative,
} from '../rules/congress';
import { pctText, type Composition, type CountShare } from '../rules/composition';
import { attendanceText, type SessionTally } from '../rules/sessionTally';
import { reviewText, type OpenAffair, type Proposal } from '../rules/proposal';
import { buildTableDoc, type TableDocModel } from './tableDoc';

export type RosterFacts = Pick<Member, 'name' | 'gender' | 'department' | 'post' | 'postCategory'>;

const MADE = (d: IsoDate) => `制表日期：${formatChineseDate(d)}`;

/** 代表团 in stroke order of their names, 「未分代表团」 last. */
function delegationOrder(a: string, b: string): number {
  if (!a !== !b) return a ? -1 : 1;
  return compareByStrokes(a, b);
}

// ── 代表名册 ────────────────────────────────────────────────────────────────────────

export function buildRepresentativeRoll(input: {
  unionName: string;
  termNumber: number;
  representatives: readonly Representative[];
  members: ReadonlyMap<string, RosterFacts>;
  madeOn: IsoDate;
}): TableDocModel {
  const row = (r: Representative) => {
    const m = r.memberId ? input.members.get(r.memberId) : undefined;
    return [
      m?.name ?? r.name,
      m?.gender ?? r.gender ?? '',
      m?.department ?? '',
      m?.post ?? m?.postCategory ?? '',
      r.category,
      '',
    ];
  };
  const byName = (a: Representative, b: Representative) => compareByStrokes(a.name, b.name);
  const voting = input.representatives.filter((r) => r.category === '正式代表');
  const delegations = [...new Set(voting.map((r) => r.delegation))].sort(delegationOrder);
  const sections = [
    ...delegations.map((d) => ({
      heading: `${d || '未分代表团'}（${voting.filter((r) => r.delegation === d).length}人）`,
      rows: voting
        .filter((r) => r.delegation === d)
        .sort(byName)
        .map(row),
    })),
    ...REPRESENTATIVE_CATEGORIES.filter((c) => c !== '正式代表').map((c) => {
      const list = input.representatives.filter((r) => r.category === c).sort(byName);
      return { heading: `${c}（${list.length}人）`, rows: list.map(row) };
    }),
  ].filter((s) => s.rows.length > 0);
  return buildTableDoc({
    title: `${input.unionName.replace(/工会(委员会)?$/, '')}第${chineseNumber(input.termNumber)}届教职工代表大会代表名册`,
    infoLeft: `正式代表 ${voting.length} 人，列席、特邀代表 ${input.representatives.length - voting.length} 人`,
    infoRight: MADE(input.madeOn),
    columns: [
      { key: 'seq', label: '序号', widthMm: 13 },
      { key: 'name', label: '姓名', widthMm: 26 },
      { key: 'gender', label: '性别', widthMm: 13 },
      { key: 'department', label: '部门', widthMm: 38 },
      { key: 'post', label: '岗位', widthMm: 30 },
      { key: 'category', label: '代表类别', widthMm: 25 },
      { key: 'remark', label: '备注', widthMm: 30 },
    ],
    sections,
    signatureParts: ['制表人：', '审核人：', '（工会盖章）'],
  });
}

// ── 代表资格审查报告 ──────────────────────────────────────────────────────────────────

export function buildQualificationReport(input: {
  unionName: string;
  termNumber: number;
  composition: Composition;
  madeOn: IsoDate;
}): TableDocModel {
  const c = input.composition;
  const share = (k: number) => pctText(c.total === 0 ? 0 : k / c.total);
  const intro = [
    `根据《学校教职工代表大会规定》和本校教职工代表大会实施细则，代表资格审查委员会对第${chineseNumber(input.termNumber)}届教职工代表大会代表的资格进行了审查。现将审查情况报告如下：`,
    `本届教职工代表大会共有正式代表${c.total}名，其中教师代表${c.teachers}名，占${share(c.teachers)}；校级领导和中层干部代表${c.leaders}名，占${share(c.leaders)}；女代表${c.women}名，占${share(c.women)}；中共党员${c.partyMembers}名，占${share(c.partyMembers)}。另有列席代表、特邀代表${c.nonVoting}名，不计入以上比例。`,
    c.warnings.length === 0
      ? '经审查，以上代表的产生程序符合规定，代表构成符合有关比例要求，代表资格有效。'
      : `经审查，代表构成存在以下情况，请予关注：${c.warnings.join('；')}。`,
    '代表构成详见下表。',
  ];
  const rows = (list: readonly CountShare[]) =>
    list.map((x) => [x.label, String(x.count), pctText(x.share)]);
  return buildTableDoc({
    title: `第${chineseNumber(input.termNumber)}届教职工代表大会代表资格审查报告`,
    infoLeft: input.unionName,
    infoRight: formatChineseDate(input.madeOn),
    intro,
    columns: [
      { key: 'seq', label: '序号', widthMm: 15 },
      { key: 'label', label: '项目', widthMm: 70 },
      { key: 'count', label: '人数', widthMm: 40 },
      { key: 'share', label: '占正式代表比例', widthMm: 50 },
    ],
    sections: [
      { heading: '岗位类别', rows: rows(c.byCategory) },
      { heading: '性别', rows: rows(c.byGender) },
      { heading: '政治面貌', rows: rows(c.byParty) },
      { heading: '年龄', rows: rows(c.byAge) },
      { heading: '代表团', rows: rows(c.byDelegation) },
    ],
    signatureParts: ['代表资格审查委员会（盖章）', '主任委员：'],
  });
}

// ── 表决计票表 ──────────────────────────────────────────────────────────────────────

/**
 * The tally of a session's votes and their results; agenda items not voted on yet print
 * with blank counts, to be filled in by the 计票人.
 */
export function buildVoteTally(input: { tally: SessionTally; madeOn: IsoDate }): TableDocModel {
  const t = input.tally;
  const s = t.session;
  const voted = new Set(t.votes.map((v) => v.vote.item));
  // Before the meeting (no vote recorded yet) the items to be voted on print blank, for
  // the 计票人 to fill in; afterwards only the votes held.
  const blanks =
    t.votes.length === 0
      ? s.agenda.filter((a) => !voted.has(a) && /审议|表决|通过|选举/.test(a))
      : [];
  const needed = t.votes[0]?.outcome.needed;
  const rows = [
    ...t.votes.map(({ vote, outcome }) => [
      vote.item,
      vote.method,
      String(vote.for),
      String(vote.against),
      String(vote.abstain),
      String(outcome.needed),
      outcome.problems.length ? '票数有误' : outcome.passed ? '通过' : '未通过',
    ]),
    ...blanks.map((item) => [item, '', '', '', '', '', '']),
  ];
  return buildTableDoc({
    title: `${s.name}表决计票表`,
    infoLeft: `会议日期：${formatChineseDate(s.date)}${s.place ? `\u3000地点：${s.place}` : ''}`,
    infoRight: MADE(input.madeOn),
    intro: [
      `${attendanceText(t)}。`,
      `表决规则：须经${s.rules.majorityBase}过半数${needed !== undefined ? `（${needed}票）` : ''}赞成方为通过；列席代表、特邀代表不参加表决。`,
    ],
    columns: [
      { key: 'seq', label: '序号', widthMm: 12 },
      { key: 'item', label: '表决事项', widthMm: 63, wrap: true },
      { key: 'method', label: '方式', widthMm: 16 },
      { key: 'for', label: '赞成', widthMm: 15 },
      { key: 'against', label: '反对', widthMm: 15 },
      { key: 'abstain', label: '弃权', widthMm: 15 },
      { key: 'needed', label: '通过所需', widthMm: 19 },
      { key: 'result', label: '结果', widthMm: 20 },
    ],
    sections: [{ heading: null, rows }],
    minRowMm: 12,
    signatureParts: ['计票人：', '监票人：', '总监票人：'],
  });
}

// ── 提案登记表 ──────────────────────────────────────────────────────────────────────

export function buildProposalRegister(input: {
  session: CongressSession;
  proposals: readonly Proposal[];
  madeOn: IsoDate;
}): TableDocModel {
  const all = new Map(input.proposals.map((p) => [p.id, p]));
  const sorted = [...input.proposals].sort(
    (a, b) =>
      (a.number ?? Infinity) - (b.number ?? Infinity) ||
      a.receivedDate.localeCompare(b.receivedDate),
  );
  return buildTableDoc({
    title: `${input.session.name}提案登记表`,
    infoLeft: `共收到提案 ${input.proposals.length} 件，立案 ${input.proposals.filter((p) => p.review === '立案').length} 件`,
    infoRight: MADE(input.madeOn),
    orientation: 'landscape',
    columns: [
      { key: 'seq', label: '序号', widthMm: 10 },
      { key: 'number', label: '提案号', widthMm: 13 },
      { key: 'title', label: '案由', widthMm: 50, wrap: true },
      { key: 'proposer', label: '提案人', widthMm: 17 },
      { key: 'co', label: '附议人', widthMm: 25, wrap: true },
      { key: 'category', label: '类别', widthMm: 17 },
      { key: 'received', label: '收到日期', widthMm: 19 },
      { key: 'review', label: '审查结论', widthMm: 22, wrap: true },
      { key: 'department', label: '承办部门', widthMm: 17 },
      { key: 'due', label: '办理期限', widthMm: 19 },
    ],
    sections: [
      {
        heading: null,
        rows: sorted.map((p) => [
          p.number === null ? '' : String(p.number),
          p.title,
          p.proposer.name,
          p.coSigners.map((s) => s.name).join('、'),
          p.category,
          p.receivedDate,
          reviewText(p, all),
          p.department,
          p.dueDate ?? '',
        ]),
      },
    ],
    signatureParts: ['登记人：', '提案工作委员会（盖章）'],
  });
}

// ── 校务公开登记 ────────────────────────────────────────────────────────────────────

export function buildOpenAffairsRegister(input: {
  unionName: string;
  affairs: readonly OpenAffair[];
  madeOn: IsoDate;
  /** 「2026年」, or the dates chosen */
  periodText: string;
}): TableDocModel {
  const sorted = [...input.affairs].sort((a, b) => a.date.localeCompare(b.date));
  return buildTableDoc({
    title: `${input.unionName.replace(/工会(委员会)?$/, '')}校务公开登记表`,
    infoLeft: `${input.periodText}\u3000共 ${sorted.length} 项`,
    infoRight: MADE(input.madeOn),
    columns: [
      { key: 'seq', label: '序号', widthMm: 13 },
      { key: 'date', label: '公开日期', widthMm: 27 },
      { key: 'item', label: '公开事项', widthMm: 65, wrap: true },
      { key: 'kind', label: '类别', widthMm: 16 },
      { key: 'channel', label: '公开渠道', widthMm: 32, wrap: true },
      { key: 'days', label: '公开天数', widthMm: 22 },
    ],
    sections: [
      {
        heading: null,
        rows: sorted.map((o) => [
          o.date,
          o.item,
          o.kind,
          o.channel,
          o.days === null ? (o.kind === '长期' ? '长期' : '') : String(o.days),
        ]),
      },
    ],
    signatureParts: ['登记人：', '校务公开领导小组（盖章）'],
  });
}

// ── sign-in sheet ───────────────────────────────────────────────────────────────────

/**
 * Who goes on the session's 签到表: the term's representatives grouped by 代表团 (given to
 * the engine as their department), 列席 and 特邀 after them, and those marked 请假 in the
 * leave list with their reason.
 */
export function congressSignInPeople(
  representatives: readonly Representative[],
  attendance: readonly CongressAttendance[],
  sessionId: string,
): { members: SignInPerson[]; leave: LeaveEntry[] } {
  const state = new Map(
    attendance.filter((a) => a.sessionId === sessionId).map((a) => [a.representativeId, a]),
  );
  const members: SignInPerson[] = [];
  const leave: LeaveEntry[] = [];
  for (const r of representatives) {
    const group = r.category === '正式代表' ? r.delegation || '未分代表团' : r.category;
    members.push({ id: r.id, name: r.name, gender: r.gender, department: group });
    const a = state.get(r.id);
    if (a?.state === '请假')
      leave.push({
        memberId: r.id,
        name: r.name,
        reason: a.leaveReason || '请假',
        department: group,
      });
  }
  return { members, leave };
}
