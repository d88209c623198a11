import type { LedgerData } from '../../types';
import type { CellValue, SheetRecord } from '../../workbook/sheetTypes';
import type { LedgerRows } from '../../tables';
import type { Member } from '../../roster/rules/member';
import {
  ATTENDANCE_STATES,
  REPRESENTATIVE_CATEGORIES,
  VOTE_METHODS,
  attendanceId,
  sessionName,
  type CongressAttendance,
  type CongressAttendanceState,
  type CongressSession,
  type CongressVote,
  type Representative,
  type RepresentativeCategory,
  type VoteMethod,
} from '../rules/congress';
import {
  IMPLEMENTATIONS,
  OPEN_AFFAIR_KINDS,
  SATISFACTIONS,
  parseReviewText,
  type Implementation,
  type OpenAffair,
  type OpenAffairKind,
  type Proposal,
  type Satisfaction,
  type Signer,
  type Suggestion,
} from '../rules/proposal';
import { DEFAULT_CONGRESS_SETTINGS } from '../rules/settings';

/*
 * The planners of 职代会, 代表, 表决, 提案, 意见建议 and 校务公开 (the pattern of
 * workbook/planSheets.ts): each row becomes a record, matched against those kept (an equal
 * record is skipped, a changed one updated). The workbook engine's planner and context are
 * described here by the little this file uses of them, so excel/ needs no workbook import.
 * A session read from the file is held under the default rules (the sheet has no column for them).
 */

interface Row {
  row: number;
  values: SheetRecord;
  hasError: boolean;
}

export interface CongressSheetPlanner {
  sheet: { rows: Row[] };
  counts: { add: number; update: number; skip: number };
  issue(row: Row, field: string | null, message: string, severity: 'error' | 'warning'): void;
  required(row: Row, field: string, header: string): string | null;
}

type Writes = { add: unknown[]; put: unknown[] };

export interface CongressPlanContext {
  current: LedgerData;
  lookup: {
    find(
      idNumber: string | null,
      name: string | null,
    ): { ok: true; member: Member } | { ok: false; field: 'idNumber' | 'name'; reason: string };
  };
  opts: { now: string; newId: () => string };
  writes: { [T in keyof LedgerRows]?: { add: LedgerRows[T][]; put: LedgerRows[T][] } };
}

const text = (v: CellValue | undefined): string | null =>
  v === null || v === undefined || v === '' ? null : String(v).trim() || null;
const int = (v: CellValue | undefined): number | null =>
  typeof v === 'number' && Number.isInteger(v) ? v : null;

const same = (a: object, b: object) => {
  const norm = (o: object) => JSON.stringify(o, Object.keys(o).sort());
  return norm(a) === norm(b);
};

function settle<T extends { id: string }>(
  p: CongressSheetPlanner,
  kept: T | undefined,
  next: T,
  out: Writes,
): void {
  if (!kept) {
    out.add.push(next);
    p.counts.add++;
  } else if (same(kept, next)) p.counts.skip++;
  else {
    out.put.push(next);
    p.counts.update++;
  }
}

function oneOf<T extends string>(
  p: CongressSheetPlanner,
  row: Row,
  field: string,
  label: string,
  list: readonly T[],
  fallback: T | null,
): T | null | undefined {
  const t = text(row.values[field]);
  if (t === null) return fallback;
  if ((list as readonly string[]).includes(t)) return t as T;
  p.issue(row, field, `无法识别${label}“${t}”，可填写${list.join('、')}`, 'error');
  return undefined;
}

/** Plans all six sheets; `planners` gives each by its sheet name. */
export function planCongress(
  planner: (name: string) => CongressSheetPlanner,
  ctx: CongressPlanContext,
): void {
  const sessions = planSessions(planner('职代会'), ctx);
  planRepresentatives(planner('代表'), ctx, sessions);
  planVotes(planner('表决'), ctx, sessions);
  planProposals(planner('提案'), ctx, sessions);
  planSuggestions(planner('意见建议'), ctx);
  planOpenAffairs(planner('校务公开'), ctx);
}

/** 会议编号 (and unique 会议名称) → the session. */
type SessionRefs = Map<string, CongressSession>;

function planSessions(p: CongressSheetPlanner, ctx: CongressPlanContext): SessionRefs {
  const kept = ctx.current.tables.congressSessions;
  const byId = new Map(kept.map((s) => [s.id, s]));
  const byKey = new Map(kept.map((s) => [`${s.termNumber}~${s.sessionNumber}`, s]));
  const refs: SessionRefs = new Map();
  for (const s of kept) refs.set(s.id, s);
  const out = { add: [] as CongressSession[], put: [] as CongressSession[] };
  for (const row of p.sheet.rows) {
    const termNumber = int(row.values.termNumber);
    const sessionNumber = int(row.values.sessionNumber);
    const date = text(row.values.date);
    if (termNumber === null || termNumber < 1)
      p.issue(row, 'termNumber', '届次应为正整数', 'error');
    if (sessionNumber === null || sessionNumber < 1)
      p.issue(row, 'sessionNumber', '会次应为正整数', 'error');
    if (!date) p.issue(row, 'date', '缺少会议日期', 'error');
    if (row.hasError || termNumber === null || sessionNumber === null || !date) {
      p.counts.skip++;
      continue;
    }
    const number = text(row.values.id);
    const old =
      (number ? byId.get(number) : undefined) ?? byKey.get(`${termNumber}~${sessionNumber}`);
    const next: CongressSession = {
      place: '',
      agenda: [],
      rules: {
        quorum: DEFAULT_CONGRESS_SETTINGS.quorum,
        majorityBase: DEFAULT_CONGRESS_SETTINGS.majorityBase,
      },
      notes: '',
      createdAt: ctx.opts.now,
      updatedAt: ctx.opts.now,
      ...(old ?? {}),
      id: old?.id ?? ctx.opts.newId(),
      name: text(row.values.name) ?? sessionName(termNumber, sessionNumber),
      termNumber,
      sessionNumber,
      date,
      year: Number(date.slice(0, 4)),
    };
    if (number) refs.set(number, next);
    refs.set(next.id, next);
    settle(p, old, next, out);
  }
  const names = new Map<string, CongressSession[]>();
  for (const s of [...kept, ...out.add]) names.set(s.name, [...(names.get(s.name) ?? []), s]);
  for (const [name, list] of names)
    if (list.length === 1 && !refs.has(name)) refs.set(name, list[0]!);
  ctx.writes.congressSessions = out;
  return refs;
}

function sessionOf(p: CongressSheetPlanner, row: Row, refs: SessionRefs): CongressSession | null {
  const ref = p.required(row, 'session', '会议编号');
  if (ref === null) return null;
  const s = refs.get(ref);
  if (!s) p.issue(row, 'session', `会议编号“${ref}”在“职代会”表中找不到`, 'error');
  return s ?? null;
}

function planRepresentatives(
  p: CongressSheetPlanner,
  ctx: CongressPlanContext,
  refs: SessionRefs,
): void {
  const { current, lookup, opts } = ctx;
  const whoKey = (term: number, memberId: string | null, name: string) =>
    `${term}~${memberId ?? `name:${name}`}`;
  const reps = new Map(
    current.tables.representatives.map((r) => [whoKey(r.termNumber, r.memberId, r.name), r]),
  );
  const keptAttendance = new Map(current.tables.congressAttendance.map((a) => [a.id, a]));
  const repOut = { add: [] as Representative[], put: [] as Representative[] };
  const attOut = { add: [] as CongressAttendance[], put: [] as CongressAttendance[] };
  const touched = new Map<string, Representative>();
  const seen = new Set<string>();
  for (const row of p.sheet.rows) {
    const session = sessionOf(p, row, refs);
    const name = p.required(row, 'name', '姓名');
    const category = oneOf<RepresentativeCategory>(
      p,
      row,
      'category',
      '代表类别',
      REPRESENTATIVE_CATEGORIES,
      '正式代表',
    );
    const state = oneOf<CongressAttendanceState>(p, row, 'state', '出席', ATTENDANCE_STATES, null);
    let memberId: string | null = null;
    if (name) {
      const found = lookup.find(text(row.values.idNumber), name);
      if (found.ok) memberId = found.member.id;
      else p.issue(row, found.field, `${found.reason}，按姓名记录为非会员代表`, 'warning');
    }
    if (row.hasError || !session || !name || !category || state === undefined) {
      p.counts.skip++;
      continue;
    }
    const k = whoKey(session.termNumber, memberId, name);
    if (seen.has(`${session.id}~${k}`)) {
      p.issue(row, 'name', '与本表前面一行是同一会议的同一代表，已跳过', 'warning');
      p.counts.skip++;
      continue;
    }
    seen.add(`${session.id}~${k}`);
    let rep = touched.get(k);
    let repChange: 'add' | 'update' | 'none' = 'none';
    if (!rep) {
      const old = reps.get(k);
      rep = {
        gender: null,
        ...(old ?? {}),
        id: old?.id ?? opts.newId(),
        termNumber: session.termNumber,
        memberId,
        name,
        delegation: text(row.values.delegation) ?? '',
        category,
      };
      touched.set(k, rep);
      if (!old) repChange = 'add';
      else if (!same(old, rep)) repChange = 'update';
      if (repChange === 'add') repOut.add.push(rep);
      if (repChange === 'update') repOut.put.push(rep);
    }
    // A row is one representative at one session: new when either is new, updated when either changed.
    let attChange: 'add' | 'update' | 'none' = 'none';
    if (state !== null) {
      const id = attendanceId(session.id, rep.id);
      const old = keptAttendance.get(id);
      const next: CongressAttendance = {
        ...(old ?? {}),
        id,
        sessionId: session.id,
        representativeId: rep.id,
        state,
        leaveReason: state === '请假' ? (text(row.values.leaveReason) ?? '') : '',
      };
      if (!old) attChange = 'add';
      else if (!same(old, next)) attChange = 'update';
      if (attChange === 'add') attOut.add.push(next);
      if (attChange === 'update') attOut.put.push(next);
    }
    if (repChange === 'add' || attChange === 'add') p.counts.add++;
    else if (repChange === 'update' || attChange === 'update') p.counts.update++;
    else p.counts.skip++;
  }
  ctx.writes.representatives = repOut;
  ctx.writes.congressAttendance = attOut;
}

function planVotes(p: CongressSheetPlanner, ctx: CongressPlanContext, refs: SessionRefs): void {
  const kept = new Map(
    ctx.current.tables.congressVotes.map((v) => [`${v.sessionId}~${v.item}`, v]),
  );
  const order = new Map<string, number>();
  for (const v of ctx.current.tables.congressVotes)
    order.set(v.sessionId, Math.max(order.get(v.sessionId) ?? 0, v.order));
  const out = { add: [] as CongressVote[], put: [] as CongressVote[] };
  for (const row of p.sheet.rows) {
    const session = sessionOf(p, row, refs);
    const item = p.required(row, 'item', '事项');
    const method = oneOf<VoteMethod>(p, row, 'method', '方式', VOTE_METHODS, '举手');
    const counts = (['for', 'against', 'abstain'] as const).map((f, i) => {
      const v = row.values[f];
      if (v === null || v === undefined) return 0;
      const n = int(v);
      if (n === null || n < 0)
        p.issue(row, f, `${['赞成', '反对', '弃权'][i]}票数应为不小于0的整数`, 'error');
      return n ?? 0;
    });
    if (row.hasError || !session || !item || !method) {
      p.counts.skip++;
      continue;
    }
    const old = kept.get(`${session.id}~${item}`);
    let o = old?.order;
    if (o === undefined) {
      o = (order.get(session.id) ?? 0) + 1;
      order.set(session.id, o);
    }
    const next: CongressVote = {
      ...(old ?? {}),
      id: old?.id ?? ctx.opts.newId(),
      sessionId: session.id,
      item,
      method,
      for: counts[0]!,
      against: counts[1]!,
      abstain: counts[2]!,
      order: o,
    };
    settle(p, old, next, out);
  }
  ctx.writes.congressVotes = out;
}

function signers(t: string | null, ctx: CongressPlanContext): Signer[] {
  if (!t) return [];
  return t
    .split(/[、，,;；\s]+/)
    .map((s) => s.trim())
    .filter((s) => s)
    .map((name) => {
      const found = ctx.lookup.find(null, name);
      return { name, memberId: found.ok ? found.member.id : null };
    });
}

function planProposals(p: CongressSheetPlanner, ctx: CongressPlanContext, refs: SessionRefs): void {
  const key = (sessionId: string, title: string, proposer: string) =>
    `${sessionId}~${title}~${proposer}`;
  const kept = new Map(
    ctx.current.tables.proposals.map((x) => [key(x.sessionId, x.title, x.proposer.name), x]),
  );
  const out = { add: [] as Proposal[], put: [] as Proposal[] };
  const merges: { proposal: Proposal; intoNumber: number }[] = [];
  for (const row of p.sheet.rows) {
    const session = sessionOf(p, row, refs);
    const title = p.required(row, 'title', '案由');
    const proposerName = p.required(row, 'proposer', '提案人');
    const receivedDate = text(row.values.receivedDate);
    if (!receivedDate) p.issue(row, 'receivedDate', '缺少收到日期', 'error');
    const review = parseReviewText(text(row.values.review));
    if (!review)
      p.issue(
        row,
        'review',
        `无法识别审查结论“${text(row.values.review)}”，可填写立案、并案→提案号、转为意见建议、不立案（理由）`,
        'error',
      );
    const implementation = oneOf<Implementation>(
      p,
      row,
      'implementation',
      '落实',
      IMPLEMENTATIONS,
      null,
    );
    const satisfaction = oneOf<Satisfaction>(p, row, 'satisfaction', '满意度', SATISFACTIONS, null);
    const number =
      row.values.number === null || row.values.number === undefined ? null : int(row.values.number);
    if (row.values.number !== null && row.values.number !== undefined && number === null)
      p.issue(row, 'number', '提案号应为整数', 'error');
    if (
      row.hasError ||
      !session ||
      !title ||
      !proposerName ||
      !receivedDate ||
      !review ||
      implementation === undefined ||
      satisfaction === undefined
    ) {
      p.counts.skip++;
      continue;
    }
    const proposer = signers(proposerName, ctx)[0] ?? { name: proposerName, memberId: null };
    const old = kept.get(key(session.id, title, proposerName));
    const next: Proposal = {
      reasons: '',
      suggestion: '',
      dueDate: null,
      createdAt: ctx.opts.now,
      updatedAt: ctx.opts.now,
      ...(old ?? {}),
      id: old?.id ?? ctx.opts.newId(),
      sessionId: session.id,
      number: review.review === '立案' ? number : null,
      title,
      proposer,
      proposerMemberId: proposer.memberId,
      coSigners: signers(text(row.values.coSigners), ctx),
      category: text(row.values.category) ?? '',
      receivedDate,
      review: review.review,
      mergedIntoId: review.review === '并案' ? (old?.mergedIntoId ?? null) : null,
      reviewReason: review.reason,
      department: text(row.values.department) ?? '',
      replyDate: text(row.values.replyDate),
      reply: text(row.values.reply) ?? '',
      implementation,
      satisfaction,
    };
    if (review.review === '并案' && review.intoNumber !== null)
      merges.push({ proposal: next, intoNumber: review.intoNumber });
    settle(p, old, next, out);
  }
  // 并案→n points at proposal n of the same session, read or kept
  const all = [...ctx.current.tables.proposals, ...out.add, ...out.put];
  for (const m of merges) {
    const into = all.find(
      (x) =>
        x.sessionId === m.proposal.sessionId && x.number === m.intoNumber && x.review === '立案',
    );
    m.proposal.mergedIntoId = into?.id ?? null;
  }
  ctx.writes.proposals = out;
}

function planSuggestions(p: CongressSheetPlanner, ctx: CongressPlanContext): void {
  const key = (date: string, content: string) => `${date}~${content}`;
  const kept = new Map(ctx.current.tables.suggestions.map((s) => [key(s.date, s.content), s]));
  const out = { add: [] as Suggestion[], put: [] as Suggestion[] };
  for (const row of p.sheet.rows) {
    const date = text(row.values.date);
    if (!date) p.issue(row, 'date', '缺少日期', 'error');
    const content = p.required(row, 'content', '内容');
    const adopted = row.values.adopted;
    if (adopted !== null && adopted !== undefined && typeof adopted !== 'boolean')
      p.issue(row, 'adopted', `无法识别采纳“${String(adopted)}”，可填写是或否`, 'error');
    if (row.hasError || !date || !content) {
      p.counts.skip++;
      continue;
    }
    const proposer = text(row.values.proposer) ?? '';
    const found = proposer ? ctx.lookup.find(null, proposer) : null;
    const old = kept.get(key(date, content));
    const next: Suggestion = {
      fromProposalId: null,
      ...(old ?? {}),
      id: old?.id ?? ctx.opts.newId(),
      date,
      channel: text(row.values.channel) ?? '',
      content,
      proposer,
      memberId: found?.ok ? found.member.id : null,
      handledBy: text(row.values.handledBy) ?? '',
      adopted: typeof adopted === 'boolean' ? adopted : null,
      reply: text(row.values.reply) ?? '',
    };
    settle(p, old, next, out);
  }
  ctx.writes.suggestions = out;
}

function planOpenAffairs(p: CongressSheetPlanner, ctx: CongressPlanContext): void {
  const key = (date: string, item: string) => `${date}~${item}`;
  const kept = new Map(ctx.current.tables.openAffairs.map((o) => [key(o.date, o.item), o]));
  const out = { add: [] as OpenAffair[], put: [] as OpenAffair[] };
  for (const row of p.sheet.rows) {
    const date = text(row.values.date);
    if (!date) p.issue(row, 'date', '缺少日期', 'error');
    const item = p.required(row, 'item', '事项');
    const kind = oneOf<OpenAffairKind>(p, row, 'kind', '类别', OPEN_AFFAIR_KINDS, '即时');
    const daysValue = row.values.days;
    const days = daysValue === null || daysValue === undefined ? null : int(daysValue);
    if (daysValue !== null && daysValue !== undefined && (days === null || days < 0))
      p.issue(row, 'days', '公开天数应为不小于0的整数', 'error');
    if (row.hasError || !date || !item || !kind) {
      p.counts.skip++;
      continue;
    }
    const old = kept.get(key(date, item));
    const next: OpenAffair = {
      ...(old ?? {}),
      id: old?.id ?? ctx.opts.newId(),
      date,
      item,
      kind,
      channel: text(row.values.channel) ?? '',
      days,
    };
    settle(p, old, next, out);
  }
  ctx.writes.openAffairs = out;
}
