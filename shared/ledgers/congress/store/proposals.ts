import type { UnionDeskDb } from '../../../db/db';
import { writeBatch } from '../../../db/batches';
import { newId } from '../../../core/ids/newId';
import { isIsoDate } from '../../../core/text/dates';
import {
  OPEN_AFFAIR_KINDS,
  replyToProposal,
  reviewProposal,
  validateProposal,
  type OpenAffair,
  type Proposal,
  type ProposalDraft,
  type ReplyInput,
  type ReviewInput,
  type Suggestion,
} from '../rules/proposal';
import { getCongressSettings } from './congress';

/**
 * 提案, 意见建议 and 校务公开. A proposal turned into a suggestion (转为意见建议) gets its
 * 意见建议 record in the same batch, so it is passed on and counted there.
 */

async function sessionOf(db: UnionDeskDb, id: string) {
  const s = await db.congressSessions.get(id);
  if (!s) throw new Error('找不到提案所属的会议，可能已被删除。');
  return s;
}

export async function listProposals(
  db: UnionDeskDb,
  sessionId: string | null = null,
): Promise<Proposal[]> {
  const rows = sessionId
    ? await db.proposals.where('sessionId').equals(sessionId).toArray()
    : await db.proposals.toArray();
  return rows.sort(
    (a, b) =>
      (a.number ?? Infinity) - (b.number ?? Infinity) ||
      a.receivedDate.localeCompare(b.receivedDate) ||
      a.createdAt.localeCompare(b.createdAt),
  );
}

export async function getProposal(db: UnionDeskDb, id: string): Promise<Proposal | null> {
  return (await db.proposals.get(id)) ?? null;
}

async function checkDraft(db: UnionDeskDb, d: ProposalDraft): Promise<void> {
  const { minCoSigners } = await getCongressSettings(db);
  const first = Object.values(validateProposal(d, minCoSigners))[0];
  if (first) throw new Error(`提案“${d.title.trim() || '未填案由'}”不能保存：${first}`);
  await sessionOf(db, d.sessionId);
}

const clean = (d: ProposalDraft) => ({
  sessionId: d.sessionId,
  title: d.title.trim(),
  proposer: { name: d.proposer.name.trim(), memberId: d.proposer.memberId },
  proposerMemberId: d.proposer.memberId,
  coSigners: d.coSigners
    .filter((s) => s.name.trim())
    .map((s) => ({ name: s.name.trim(), memberId: s.memberId })),
  category: d.category.trim(),
  reasons: d.reasons.trim(),
  suggestion: d.suggestion.trim(),
  receivedDate: d.receivedDate,
});

/** Registers a proposal as received (待审查). */
export async function createProposal(db: UnionDeskDb, d: ProposalDraft): Promise<Proposal> {
  await checkDraft(db, d);
  const now = new Date().toISOString();
  const p: Proposal = {
    id: newId('pp'),
    number: null,
    ...clean(d),
    review: '待审查',
    mergedIntoId: null,
    reviewReason: '',
    department: '',
    dueDate: null,
    reply: '',
    replyDate: null,
    implementation: null,
    satisfaction: null,
    createdAt: now,
    updatedAt: now,
  };
  await writeBatch(db, { kind: 'edit', label: `登记提案 ${p.title}` }, ['proposals'], (w) =>
    w.put('proposals', p),
  );
  return p;
}

export async function updateProposal(
  db: UnionDeskDb,
  id: string,
  d: ProposalDraft,
): Promise<Proposal> {
  const old = await db.proposals.get(id);
  if (!old) throw new Error('找不到这件提案，可能已被删除。');
  await checkDraft(db, d);
  const p: Proposal = { ...old, ...clean(d), updatedAt: new Date().toISOString() };
  if (p.sessionId !== old.sessionId && old.number !== null)
    throw new Error('已立案编号的提案不能改到另一次会议；请先改为待审查。');
  await writeBatch(db, { kind: 'edit', label: `修改提案 ${p.title}` }, ['proposals'], (w) =>
    w.put('proposals', p),
  );
  return p;
}

/**
 * The review (立案 / 并案 / 转为意见建议 / 不立案) as one batch. 转为意见建议 adds its 意见建议
 * (once); a proposal leaving 立案 takes the proposals merged into it back to 待审查.
 */
export async function reviewProposalIn(
  db: UnionDeskDb,
  id: string,
  input: ReviewInput,
): Promise<Proposal> {
  const old = await db.proposals.get(id);
  if (!old) throw new Error('找不到这件提案，可能已被删除。');
  const inSession = await db.proposals.where('sessionId').equals(old.sessionId).toArray();
  const r = reviewProposal(old, input, inSession);
  if (!r.ok) throw new Error(`提案“${old.title}”：${r.error}`);
  const p = { ...r.proposal, updatedAt: new Date().toISOString() };
  const orphans =
    p.review !== '立案'
      ? inSession
          .filter((x) => x.mergedIntoId === id)
          .map((x) => ({
            ...x,
            review: '待审查' as const,
            mergedIntoId: null,
          }))
      : [];
  const existing = (await db.suggestions.toArray()).find((s) => s.fromProposalId === id);
  const suggestion: Suggestion | null =
    p.review === '转为意见建议' && !existing
      ? {
          id: newId('sg'),
          date: p.receivedDate,
          channel: '转自提案',
          content: [p.title, p.suggestion].filter((x) => x).join('：'),
          proposer: p.proposer.name,
          memberId: p.proposer.memberId,
          handledBy: '',
          adopted: null,
          reply: '',
          fromProposalId: id,
        }
      : null;
  await writeBatch(
    db,
    { kind: 'edit', label: `审查提案 ${p.title}：${p.review}` },
    ['proposals', 'suggestions'],
    async (w) => {
      await w.put('proposals', p);
      if (orphans.length) await w.bulkPut('proposals', orphans);
      if (suggestion) await w.put('suggestions', suggestion);
    },
  );
  return p;
}

/** The reply, implementation and satisfaction. */
export async function replyProposal(
  db: UnionDeskDb,
  id: string,
  input: ReplyInput,
): Promise<Proposal> {
  const old = await db.proposals.get(id);
  if (!old) throw new Error('找不到这件提案，可能已被删除。');
  const r = replyToProposal(old, input);
  if (!r.ok) throw new Error(`提案“${old.title}”不能保存：${r.error}`);
  const p = { ...r.proposal, updatedAt: new Date().toISOString() };
  await writeBatch(db, { kind: 'edit', label: `答复提案 ${p.title}` }, ['proposals'], (w) =>
    w.put('proposals', p),
  );
  return p;
}

export async function deleteProposal(db: UnionDeskDb, id: string): Promise<void> {
  const old = await db.proposals.get(id);
  if (!old) throw new Error('找不到这件提案，可能已被删除。');
  const merged = await db.proposals.where('sessionId').equals(old.sessionId).toArray();
  const orphans = merged
    .filter((x) => x.mergedIntoId === id)
    .map((x) => ({ ...x, review: '待审查' as const, mergedIntoId: null }));
  await writeBatch(
    db,
    { kind: 'delete', label: `删除提案 ${old.title}` },
    ['proposals'],
    async (w) => {
      if (orphans.length) await w.bulkPut('proposals', orphans);
      await w.delete('proposals', id);
    },
  );
}

// ── 意见建议 ─────────────────────────────────────────────────────────────────────────

export type SuggestionDraft = Omit<Suggestion, 'id' | 'demo'>;

export async function listSuggestions(db: UnionDeskDb): Promise<Suggestion[]> {
  return (await db.suggestions.toArray()).sort((a, b) => b.date.localeCompare(a.date));
}

export async function saveSuggestion(
  db: UnionDeskDb,
  id: string | null,
  d: SuggestionDraft,
): Promise<Suggestion> {
  if (!isIsoDate(d.date)) throw new Error('意见建议不能保存：请填写日期');
  if (!d.content.trim()) throw new Error('意见建议不能保存：请填写内容');
  const old = id ? await db.suggestions.get(id) : undefined;
  if (id && !old) throw new Error('找不到这条意见建议，可能已被删除。');
  const s: Suggestion = {
    ...(old ?? {}),
    ...d,
    id: old?.id ?? newId('sg'),
    channel: d.channel.trim(),
    content: d.content.trim(),
    proposer: d.proposer.trim(),
    handledBy: d.handledBy.trim(),
    reply: d.reply.trim(),
  };
  await writeBatch(
    db,
    { kind: 'edit', label: `${old ? '修改' : '登记'}意见建议` },
    ['suggestions'],
    (w) => w.put('suggestions', s),
  );
  return s;
}

export async function deleteSuggestion(db: UnionDeskDb, id: string): Promise<void> {
  await writeBatch(db, { kind: 'delete', label: '删除意见建议' }, ['suggestions'], (w) =>
    w.delete('suggestions', id),
  );
}

// ── 校务公开 ─────────────────────────────────────────────────────────────────────────

export type OpenAffairDraft = Omit<OpenAffair, 'id' | 'demo'>;

export async function listOpenAffairs(db: UnionDeskDb): Promise<OpenAffair[]> {
  return (await db.openAffairs.toArray()).sort((a, b) => b.date.localeCompare(a.date));
}

export async function saveOpenAffair(
  db: UnionDeskDb,
  id: string | null,
  d: OpenAffairDraft,
): Promise<OpenAffair> {
  if (!isIsoDate(d.date)) throw new Error('校务公开不能保存：请填写日期');
  if (!d.item.trim()) throw new Error('校务公开不能保存：请填写公开事项');
  if (!(OPEN_AFFAIR_KINDS as readonly string[]).includes(d.kind))
    throw new Error(`校务公开不能保存：类别应为${OPEN_AFFAIR_KINDS.join('、')}之一`);
  if (d.days !== null && (!Number.isInteger(d.days) || d.days < 0))
    throw new Error('校务公开不能保存：公开天数应为不小于0的整数');
  const old = id ? await db.openAffairs.get(id) : undefined;
  const o: OpenAffair = {
    ...(old ?? {}),
    ...d,
    id: old?.id ?? newId('oa'),
    item: d.item.trim(),
    channel: d.channel.trim(),
  };
  await writeBatch(db, { kind: 'edit', label: `登记校务公开 ${o.item}` }, ['openAffairs'], (w) =>
    w.put('openAffairs', o),
  );
  return o;
}

export async function deleteOpenAffair(db: UnionDeskDb, id: string): Promise<void> {
  await writeBatch(db, { kind: 'delete', label: '删除校务公开记录' }, ['openAffairs'], (w) =>
    w.delete('openAffairs', id),
  );
}
