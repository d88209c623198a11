import { isIsoDate, type IsoDate } from '../../../core/text/dates';

/**
 * 提案 and their whole lifecycle (LEDGERS.md §6): received → reviewed by the 提案工作委员会
 * (立案 with a number / 并案 into another / 转为意见建议 / 不立案 with a reason) → handled by a
 * department by a due date → replied to → implemented → the proposer's satisfaction;
 * reported at the next session. 意见建议 are lighter; 校务公开 is a log.
 */

export const REVIEW_DECISIONS = ['待审查', '立案', '并案', '转为意见建议', '不立案'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const IMPLEMENTATIONS = ['已落实', '部分落实', '列入计划', '暂难解决'] as const;
export type Implementation = (typeof IMPLEMENTATIONS)[number];

export const SATISFACTIONS = ['满意', '基本满意', '不满意'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export const PROPOSAL_CATEGORIES = [
  '教育教学',
  '学校管理',
  '教职工权益',
  '后勤保障',
  '其他',
] as const;

export interface Signer {
  name: string;
  memberId: string | null;
}

export interface Proposal {
  id: string;
  sessionId: string;
  /** 提案号, given when 立案 (1, 2, 3 … within the session); null before */
  number: number | null;
  /** 案由 */
  title: string;
  proposer: Signer;
  /** For the member page and the member-delete check. */
  proposerMemberId: string | null;
  coSigners: Signer[];
  category: string;
  /** 理由 */
  reasons: string;
  /** 建议（办法） */
  suggestion: string;
  receivedDate: IsoDate;
  review: ReviewDecision;
  /** 并案: the proposal it is merged into */
  mergedIntoId: string | null;
  /** 不立案: why */
  reviewReason: string;
  department: string;
  dueDate: IsoDate | null;
  reply: string;
  replyDate: IsoDate | null;
  implementation: Implementation | null;
  satisfaction: Satisfaction | null;
  createdAt: string;
  updatedAt: string;
  demo?: 1;
}

export interface Suggestion {
  id: string;
  date: IsoDate;
  /** 渠道: 意见箱, 座谈会, 网上, 转自提案 … */
  channel: string;
  content: string;
  proposer: string;
  memberId: string | null;
  /** 承办 */
  handledBy: string;
  /** null: not yet decided */
  adopted: boolean | null;
  reply: string;
  /** A proposal 转为意见建议 points here. */
  fromProposalId: string | null;
  demo?: 1;
}

export const OPEN_AFFAIR_KINDS = ['长期', '定期', '即时'] as const;
export type OpenAffairKind = (typeof OPEN_AFFAIR_KINDS)[number];

/** One entry of the 校务公开 log. */
export interface OpenAffair {
  id: string;
  date: IsoDate;
  item: string;
  kind: OpenAffairKind;
  /** 公开栏, 教代会, 校园网, 工作群 … */
  channel: string;
  /** 公开天数; null when not fixed (长期) */
  days: number | null;
  demo?: 1;
}

/** Where a proposal is in its lifecycle, as the list shows it. */
export type ProposalStage =
  | '待审查'
  | '待答复'
  | '逾期未答复'
  | '已答复'
  | '已落实'
  | '已评价'
  | '并案'
  | '转为意见建议'
  | '不立案';

export function proposalStage(
  p: Pick<
    Proposal,
    'review' | 'reply' | 'replyDate' | 'implementation' | 'satisfaction' | 'dueDate'
  >,
  today: IsoDate,
): ProposalStage {
  if (p.review !== '立案') return p.review;
  if (p.satisfaction) return '已评价';
  if (p.implementation === '已落实') return '已落实';
  if (p.reply.trim() || p.replyDate) return '已答复';
  if (p.dueDate && p.dueDate < today) return '逾期未答复';
  return '待答复';
}

/** The next 提案号 in a session: one more than the highest given. */
export function nextProposalNumber(inSession: readonly Pick<Proposal, 'number'>[]): number {
  return Math.max(0, ...inSession.map((p) => p.number ?? 0)) + 1;
}

export interface ProposalDraft {
  sessionId: string;
  title: string;
  proposer: Signer;
  coSigners: Signer[];
  category: string;
  reasons: string;
  suggestion: string;
  receivedDate: string;
}

/** Errors by field, in Chinese. Co-signers: at least `minCoSigners`, none twice, not the proposer. */
export function validateProposal(
  d: ProposalDraft,
  minCoSigners: number,
): Partial<Record<keyof ProposalDraft, string>> {
  const e: Partial<Record<keyof ProposalDraft, string>> = {};
  if (!d.sessionId) e.sessionId = '请选择所属会议';
  if (!d.title.trim()) e.title = '请填写案由';
  if (!d.proposer.name.trim()) e.proposer = '请填写提案人';
  if (!isIsoDate(d.receivedDate)) e.receivedDate = '请填写收到日期';
  const names = d.coSigners.map((s) => s.name.trim()).filter((n) => n);
  const key = (s: Signer) => s.memberId ?? `name:${s.name.trim()}`;
  const keys = d.coSigners.filter((s) => s.name.trim()).map(key);
  if (new Set(keys).size !== keys.length) e.coSigners = '附议人有重复';
  else if (d.proposer.name.trim() && keys.includes(key(d.proposer)))
    e.coSigners = '提案人不能同时是附议人';
  else if (names.length < minCoSigners)
    e.coSigners = `附议人至少 ${minCoSigners} 名代表，现有 ${names.length} 名`;
  return e;
}

export type ReviewInput =
  | { decision: '待审查' }
  | { decision: '立案'; department: string; dueDate: IsoDate | null }
  | { decision: '并案'; intoId: string }
  | { decision: '转为意见建议' }
  | { decision: '不立案'; reason: string };

/**
 * The proposal after the review: 立案 gives the next number of its session (kept when it
 * already has one) and needs a handling department; 并案 needs a 立案 proposal of the same
 * session; 不立案 needs its reason. Returns the proposal or a Chinese error.
 */
export function reviewProposal(
  p: Proposal,
  input: ReviewInput,
  sessionProposals: readonly Proposal[],
): { ok: true; proposal: Proposal } | { ok: false; error: string } {
  const base: Proposal = {
    ...p,
    review: input.decision,
    mergedIntoId: null,
    reviewReason: '',
  };
  switch (input.decision) {
    case '待审查':
      return { ok: true, proposal: { ...base, number: null } };
    case '立案': {
      if (!input.department.trim()) return { ok: false, error: '立案需填写承办部门' };
      if (input.dueDate !== null && !isIsoDate(input.dueDate))
        return { ok: false, error: '办理期限不是有效日期' };
      const others = sessionProposals.filter((x) => x.id !== p.id);
      return {
        ok: true,
        proposal: {
          ...base,
          number: p.number ?? nextProposalNumber(others),
          department: input.department.trim(),
          dueDate: input.dueDate,
        },
      };
    }
    case '并案': {
      const into = sessionProposals.find((x) => x.id === input.intoId);
      if (!into || into.id === p.id) return { ok: false, error: '请选择要并入的提案' };
      if (into.review !== '立案') return { ok: false, error: '只能并入已立案的提案' };
      return { ok: true, proposal: { ...base, number: null, mergedIntoId: into.id } };
    }
    case '转为意见建议':
      return { ok: true, proposal: { ...base, number: null } };
    case '不立案':
      if (!input.reason.trim()) return { ok: false, error: '不立案需写明理由' };
      return { ok: true, proposal: { ...base, number: null, reviewReason: input.reason.trim() } };
  }
}

export interface ReplyInput {
  reply: string;
  replyDate: IsoDate | null;
  implementation: Implementation | null;
  satisfaction: Satisfaction | null;
}

/** Records the reply and what came of it; only a 立案 proposal is answered. */
export function replyToProposal(
  p: Proposal,
  input: ReplyInput,
): { ok: true; proposal: Proposal } | { ok: false; error: string } {
  if (p.review !== '立案') return { ok: false, error: `提案“${p.title}”未立案，不需要答复` };
  if (input.replyDate !== null && !isIsoDate(input.replyDate))
    return { ok: false, error: '答复日期不是有效日期' };
  if (input.replyDate !== null && input.replyDate < p.receivedDate)
    return { ok: false, error: '答复日期早于收到日期' };
  if (!input.reply.trim() && (input.implementation || input.satisfaction))
    return { ok: false, error: '请先填写答复内容，再填写落实情况和满意度' };
  return {
    ok: true,
    proposal: {
      ...p,
      reply: input.reply.trim(),
      replyDate: input.replyDate,
      implementation: input.implementation,
      satisfaction: input.satisfaction,
    },
  };
}

/** 「第3号」, or 「（未编号）」 */
export function proposalNumberText(p: Pick<Proposal, 'number'>): string {
  return p.number === null ? '（未编号）' : `第${p.number}号`;
}

/** The review as the 提案 sheet writes it: 「并案→3」, 「不立案（理由）」. */
export function reviewText(p: Proposal, all: ReadonlyMap<string, Proposal>): string {
  if (p.review === '并案') {
    const into = p.mergedIntoId ? all.get(p.mergedIntoId) : undefined;
    return into?.number ? `并案→${into.number}` : '并案';
  }
  if (p.review === '不立案' && p.reviewReason) return `不立案（${p.reviewReason}）`;
  return p.review;
}

/** Reads the sheet's 审查结论 back. */
export function parseReviewText(
  t: string | null,
): { review: ReviewDecision; intoNumber: number | null; reason: string } | null {
  const s = (t ?? '').trim();
  if (!s) return { review: '待审查', intoNumber: null, reason: '' };
  const merged = /^并案\s*(?:[→>-]+\s*(?:第\s*)?(\d+)\s*号?)?$/.exec(s);
  if (merged)
    return { review: '并案', intoNumber: merged[1] ? Number(merged[1]) : null, reason: '' };
  const rejected = /^不立案\s*(?:[（(](.*)[）)])?$/.exec(s);
  if (rejected) return { review: '不立案', intoNumber: null, reason: (rejected[1] ?? '').trim() };
  if (s === '转意见建议' || s === '转为建议')
    return { review: '转为意见建议', intoNumber: null, reason: '' };
  if ((REVIEW_DECISIONS as readonly string[]).includes(s))
    return { review: s as ReviewDecision, intoNumber: null, reason: '' };
  return null;
}
