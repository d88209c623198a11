import { normalizeHeader } from '../../../core/excel/findHeader';
import { isIsoDate } from '../../../core/text/dates';
import type { LedgerData } from '../../types';
import type { CellValue, SheetRecord } from '../../workbook/sheetTypes';
import type { Member } from '../../roster/rules/member';
import {
  ELECTION_BODIES,
  firstRound,
  inStrokeOrder,
  yearOfDate,
  type Ballot,
  type Candidate,
  type Election,
  type ElectionBody,
  type Mark,
} from '../rules/election';
import { DEFAULT_ELECTION_RULES } from '../rules/settings';
import { CANDIDATE_FIELD, SPOILED } from './sheets';

/*
 * Import of 选举, 候选人 and 选票 (LEDGERS.md §10): each row becomes a record, matched against
 * the records kept (an election by 编号, a candidate by election and name, a ballot by
 * election and 票号); an equal record is skipped, a changed one updated. The workbook engine
 * (shared/ledgers/workbook/planWorkbook.ts) calls planElections with its sheet planners;
 * the shapes below are what this planner uses of them.
 */

interface Row {
  row: number;
  values: SheetRecord;
  hasError: boolean;
}

export interface ElectionSheetPlanner {
  sheet: { rows: Row[] };
  counts: { add: number; update: number; skip: number };
  issue(row: Row, field: string | null, message: string, severity: 'error' | 'warning'): void;
  required(row: Row, field: string, header: string): string | null;
}

export interface ElectionPlanContext {
  current: LedgerData;
  lookup: {
    find(
      idNumber: string | null,
      name: string | null,
    ): { ok: true; member: Member } | { ok: false; field: 'idNumber' | 'name'; reason: string };
  };
  opts: { now: string; newId: () => string };
  writes: {
    elections?: { add: Election[]; put: Election[] };
    candidates?: { add: Candidate[]; put: Candidate[] };
    ballots?: { add: Ballot[]; put: Ballot[] };
  };
}

const text = (v: CellValue | undefined): string | null =>
  v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim();
const int = (v: CellValue | undefined): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;

const same = (a: object, b: object) => {
  const norm = (o: object) => JSON.stringify(o, Object.keys(o).sort());
  return norm(a) === norm(b);
};

/** A 选票 cell: 赞成 / 反对 / 弃权 / blank, or the marks ○ √ ×. */
export function markOfCell(v: string | null): Mark | null {
  if (v === null) return 'abstain';
  if (['赞成', '同意', '○', '〇', '√', '✓', 'o', 'O'].includes(v)) return 'for';
  if (['反对', '不同意', '×', 'x', 'X', '✗'].includes(v)) return 'against';
  if (['弃权', '-', '—'].includes(v)) return 'abstain';
  return null;
}

function settle<T extends { id: string }>(
  p: ElectionSheetPlanner,
  kept: T | undefined,
  next: T,
  out: { add: T[]; put: T[] },
  ignore: readonly string[] = [],
): void {
  const strip = (o: T) => {
    const c = { ...o } as Record<string, unknown>;
    for (const k of ignore) delete c[k];
    return c;
  };
  if (!kept) {
    out.add.push(next);
    p.counts.add++;
  } else if (same(strip(kept), strip(next))) p.counts.skip++;
  else {
    out.put.push(next);
    p.counts.update++;
  }
}

export function planElections(
  pe: ElectionSheetPlanner,
  pc: ElectionSheetPlanner,
  pb: ElectionSheetPlanner,
  ctx: ElectionPlanContext,
): void {
  const cur = ctx.current.tables;
  const elections = { add: [] as Election[], put: [] as Election[] };
  const candidates = { add: [] as Candidate[], put: [] as Candidate[] };
  const ballots = { add: [] as Ballot[], put: [] as Ballot[] };
  const keptByCode = new Map(cur.elections.map((e) => [e.code, e]));
  /** code → the election as it will be */
  const byCode = new Map<string, Election>(cur.elections.map((e) => [e.code, e]));
  const termFromName = (name: string) => Number(/第\s*(\d+)\s*届/.exec(name)?.[1] ?? NaN);

  // ── 选举 ──
  const seen = new Set<string>();
  for (const row of pe.sheet.rows) {
    const code = pe.required(row, 'code', '编号');
    const name = pe.required(row, 'name', '选举事项');
    const date = text(row.values.date);
    if (date === null) pe.issue(row, 'date', '缺少日期', 'error');
    else if (!isIsoDate(date)) pe.issue(row, 'date', `无法识别日期“${date}”`, 'error');
    const seats = int(row.values.seats);
    if (seats === null || seats < 1) pe.issue(row, 'seats', '应选人数应为正整数', 'error');
    if (code && seen.has(code)) {
      pe.issue(row, 'code', `编号“${code}”与本表前面一行重复，已跳过`, 'error');
    }
    if (row.hasError || !code || !name || !date || seats === null) {
      pe.counts.skip++;
      continue;
    }
    seen.add(code);
    let body: ElectionBody = '会员大会';
    const b = text(row.values.body);
    if (b && (ELECTION_BODIES as readonly string[]).includes(b)) body = b as ElectionBody;
    else if (b)
      pe.issue(row, 'body', `大会类型“${b}”应为会员大会或会员代表大会，按会员大会记录`, 'warning');
    const counts = (['entitled', 'present', 'issued', 'returned'] as const).map((f) => {
      const v = row.values[f];
      const n = int(v);
      if (v !== null && v !== undefined && n === null)
        pe.issue(row, f, `“${String(v)}”应为 0 或正整数，按 0 记录`, 'warning');
      return n ?? 0;
    });
    const [entitled, present, issued, returned] = counts as [number, number, number, number];
    const old = keptByCode.get(code);
    const term = termFromName(name);
    const next: Election = {
      ...(old ?? {
        id: ctx.opts.newId(),
        office: '委员',
        termNumber: Number.isFinite(term) ? term : (ctx.current.profile?.termNumber ?? 0) + 1,
        termYears: 5,
        chiefScrutineer: '',
        scrutineers: [],
        tellers: [],
        rules: { ...DEFAULT_ELECTION_RULES, marks: { ...DEFAULT_ELECTION_RULES.marks } },
        rounds: [],
        countedKeyer: 'A',
        // The committee it produced comes with the 委员 sheet: the result counts as applied.
        appliedAt: `${date}T00:00:00.000Z`,
        createdAt: ctx.opts.now,
        updatedAt: ctx.opts.now,
      }),
      code,
      name,
      date,
      year: yearOfDate(date),
      body,
      seats,
      entitled,
      present,
      issued,
      returned,
    };
    byCode.set(code, next);
  }

  // ── 候选人 ──
  const keptCandidates = new Map(cur.candidates.map((c) => [`${c.electionId}\u0000${c.name}`, c]));
  /** election id → its candidates as they will be */
  const listOf = new Map<string, Candidate[]>();
  for (const c of cur.candidates)
    listOf.set(c.electionId, [...(listOf.get(c.electionId) ?? []), c]);
  const seenCand = new Set<string>();
  for (const row of pc.sheet.rows) {
    const code = pc.required(row, 'election', '选举编号');
    const name = pc.required(row, 'name', '姓名');
    const e = code ? byCode.get(code) : undefined;
    if (code && !e) pc.issue(row, 'election', `选举编号“${code}”不在“选举”表中`, 'error');
    if (row.hasError || !e || !name) {
      pc.counts.skip++;
      continue;
    }
    const key = `${e.id}\u0000${name}`;
    if (seenCand.has(key)) {
      pc.issue(row, 'name', `“${name}”在这项选举中已经列过，已跳过`, 'warning');
      pc.counts.skip++;
      continue;
    }
    seenCand.add(key);
    const found = ctx.lookup.find(text(row.values.idNumber), name);
    if (!found.ok && text(row.values.idNumber))
      pc.issue(row, found.field, `${found.reason}，按姓名记录`, 'warning');
    const old = keptCandidates.get(key);
    const next: Candidate = {
      ...(old ?? { id: ctx.opts.newId(), electionId: e.id }),
      order: int(row.values.order) ?? old?.order ?? 0,
      memberId: found.ok ? found.member.id : (old?.memberId ?? null),
      name,
    };
    settle(pc, old, next, candidates);
    const list = (listOf.get(e.id) ?? []).filter((c) => c.id !== next.id);
    listOf.set(e.id, [...list, next]);
  }

  // Round 1 of each election is its ballot: every candidate, in 姓氏笔画 order.
  for (const e of byCode.values()) {
    const ids = inStrokeOrder(listOf.get(e.id) ?? []).map((c) => c.id);
    const [first, ...rest] = e.rounds;
    const round1 = {
      ...(first ?? firstRound(e, ids)),
      seats: e.seats,
      candidateIds: ids,
      issued: e.issued,
      returned: e.returned,
    };
    const next = { ...e, rounds: [round1, ...rest] };
    byCode.set(e.code, next);
  }

  // ── 选票 ──
  const keptBallots = new Map(
    cur.ballots.map((b) => [`${b.electionId}\u0000${b.round}\u0000${b.keyer}\u0000${b.number}`, b]),
  );
  const seenBallot = new Set<string>();
  for (const row of pb.sheet.rows) {
    const code = pb.required(row, 'election', '选举编号');
    const number = int(row.values.number);
    if (number === null || number < 1) pb.issue(row, 'number', '票号应为正整数', 'error');
    const e = code ? byCode.get(code) : undefined;
    if (code && !e) pb.issue(row, 'election', `选举编号“${code}”不在“选举”表中`, 'error');
    if (row.hasError || !e || number === null) {
      pb.counts.skip++;
      continue;
    }
    const key = `${e.id}\u00001\u0000${e.countedKeyer}\u0000${number}`;
    if (seenBallot.has(key)) {
      pb.issue(row, 'number', `票号 ${number} 在这项选举中重复，已跳过`, 'error');
      pb.counts.skip++;
      continue;
    }
    seenBallot.add(key);
    const list = listOf.get(e.id) ?? [];
    const byName = new Map(list.map((c) => [normalizeHeader(c.name), c]));
    const marks: Record<string, Mark> = {};
    for (const [field, v] of Object.entries(row.values)) {
      if (!field.startsWith(CANDIDATE_FIELD)) continue;
      const cell = text(v);
      const c = byName.get(field.slice(CANDIDATE_FIELD.length));
      if (!c) {
        if (cell !== null)
          pb.issue(
            row,
            field,
            `“${field.slice(CANDIDATE_FIELD.length)}”不是选举“${code}”的候选人，该列已忽略`,
            'warning',
          );
        continue;
      }
      const m = markOfCell(cell);
      if (m === null)
        pb.issue(
          row,
          field,
          `无法识别“${cell}”，应为赞成、反对、弃权或○、×；按弃权记录`,
          'warning',
        );
      else if (m !== 'abstain') marks[c.id] = m;
    }
    const note = text(row.values.note);
    const old = keptBallots.get(key);
    const next: Ballot = {
      ...(old ?? {
        id: ctx.opts.newId(),
        electionId: e.id,
        round: 1,
        keyer: e.countedKeyer,
        keyedAt: ctx.opts.now,
      }),
      number,
      marks,
      writeIns: (text(row.values.writeIns) ?? '').split(/[、，,;；\s]+/).filter((s) => s !== ''),
      spoiled: note?.startsWith(SPOILED)
        ? note.slice(SPOILED.length).trim() || '废票'
        : (old?.spoiled ?? null),
    };
    settle(pb, old, next, ballots, ['keyedAt']);
  }

  for (const next of byCode.values()) {
    const old = cur.elections.find((e) => e.id === next.id);
    if (!seen.has(next.code) && (!old || same(old, next))) continue;
    settle(pe, old, old ? { ...next, updatedAt: old.updatedAt } : next, elections);
  }
  ctx.writes.elections = elections;
  ctx.writes.candidates = candidates;
  ctx.writes.ballots = ballots;
}
