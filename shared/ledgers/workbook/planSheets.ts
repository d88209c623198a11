import {
  ACTIVITY_HOSTS,
  ATTENDANCE_STATES,
  memberParticipantId,
  yearOf,
  type Activity,
  type ActivityHost,
  type ActivityKind,
  type AttendanceState,
  type Participant,
} from '../activities/rules/activity';
import { parseResult } from '../activities/excel/sheets';
import { parseDocumentNumber } from '../notices/rules/documentNumber';
import type { DocumentRow } from '../notices/rules/rows';
import type { Officer } from '../union/rules/committee';
import { HONOUR_KINDS, type Honour, type HonourKind } from '../union/rules/honours';
import { num, text, type PlanContext, type SheetPlanner } from './planWorkbook';
import type { ReadRow } from './readWorkbook';

/*
 * The planners of 委员, 活动 + 活动参加, 表彰 and 发文: each row becomes a record of its table,
 * matched against the records kept (an equal record is skipped, a changed one updated).
 */

const same = <T extends object>(a: T, b: T, ignore: readonly string[] = []) => {
  const strip = (o: T) => {
    const c = Object.assign({}, o) as Record<string, unknown>;
    for (const k of ignore) delete c[k];
    return JSON.stringify(c, Object.keys(c).sort());
  };
  return strip(a) === strip(b);
};

/** Adds, updates or skips one record against the kept one with the same key. */
function settle<T extends { id: string }>(
  p: SheetPlanner,
  kept: T | undefined,
  next: T,
  add: T[],
  put: T[],
  ignore: readonly string[] = [],
): void {
  if (!kept) {
    add.push(next);
    p.counts.add++;
  } else if (same(kept, next, ignore)) p.counts.skip++;
  else {
    put.push(next);
    p.counts.update++;
  }
}

// ── 委员 ──────────────────────────────────────────────────────────────────────────

export function planOfficers(p: SheetPlanner, ctx: PlanContext): void {
  const key = (o: Pick<Officer, 'termNumber' | 'role' | 'name'>) =>
    `${o.termNumber}\u0000${o.role}\u0000${o.name}`;
  const kept = new Map(ctx.current.tables.officers.map((o) => [key(o), o]));
  const add: Officer[] = [];
  const put: Officer[] = [];
  const seen = new Set<string>();
  for (const row of p.sheet.rows) {
    const termNumber = num(row.values.termNumber);
    if (termNumber === null && row.values.termNumber === null)
      p.issue(row, 'termNumber', '缺少届次', 'error');
    const role = p.required(row, 'role', '职务');
    const name = p.required(row, 'name', '姓名');
    if (row.hasError || termNumber === null || !role || !name) {
      p.counts.skip++;
      continue;
    }
    const found = ctx.lookup.find(text(row.values.idNumber), name);
    if (!found.ok) p.issue(row, found.field, `${found.reason}，按姓名记录为非会员委员`, 'warning');
    const k = key({ termNumber, role, name });
    if (seen.has(k)) {
      p.issue(row, 'name', '与本表前面一行相同（届次、职务、姓名），已跳过', 'warning');
      p.counts.skip++;
      continue;
    }
    seen.add(k);
    const old = kept.get(k);
    const next: Officer = {
      ...(old ?? {}),
      id: old?.id ?? ctx.opts.newId(),
      termNumber,
      role,
      name,
      memberId: found.ok ? found.member.id : null,
      startDate: text(row.values.startDate),
      endDate: text(row.values.endDate),
    };
    settle(p, old, next, add, put);
  }
  ctx.writes.officers = { add, put };
}

// ── 活动 + 活动参加 ─────────────────────────────────────────────────────────────────

const toYuan = (cents: number | null) => (cents === null ? null : cents / 100);

export function planActivities(p: SheetPlanner, pp: SheetPlanner, ctx: PlanContext): void {
  const { current, opts } = ctx;
  const kinds = [...current.tables.activityKinds];
  const kindByName = new Map(kinds.map((k) => [k.name, k]));
  const newKinds: ActivityKind[] = [];
  let kindOrder = Math.max(0, ...kinds.map((k) => k.order)) + 1;
  const fallbackKind = kindByName.get('其他') ?? kinds[0];
  const keptById = new Map(current.tables.activities.map((a) => [a.id, a]));
  const keptByTitle = new Map(
    current.tables.activities.map((a) => [`${a.title}\u0000${a.startDate}`, a]),
  );
  /** 编号 (and unique 活动名称) in the file → the activity's id. */
  const refs = new Map<string, string>();
  const titles = new Map<string, string[]>();
  const add: Activity[] = [];
  const put: Activity[] = [];

  for (const row of p.sheet.rows) {
    const title = p.required(row, 'title', '活动名称');
    const startDate = text(row.values.startDate);
    if (!startDate) p.issue(row, 'startDate', '开始日期必填，请填写活动的日期', 'error');
    const hostText = text(row.values.host) ?? '本会';
    const host = (ACTIVITY_HOSTS as readonly string[]).includes(hostText)
      ? (hostText as ActivityHost)
      : null;
    if (!host)
      p.issue(
        row,
        'host',
        `无法识别主办“${hostText}”，可填写${ACTIVITY_HOSTS.join('、')}`,
        'error',
      );
    const endDate = text(row.values.endDate);
    if (startDate && endDate && endDate < startDate)
      p.issue(row, 'endDate', '结束日期早于开始日期', 'error');
    if (row.hasError || !title || !startDate || !host) {
      p.counts.skip++;
      continue;
    }
    const kindName = text(row.values.kind);
    let kind = kindName ? kindByName.get(kindName) : fallbackKind;
    if (!kind && kindName) {
      kind = { id: opts.newId(), name: kindName, order: kindOrder++ };
      kindByName.set(kindName, kind);
      newKinds.push(kind);
    }
    const number = text(row.values.id);
    const old =
      (number ? keptById.get(number) : undefined) ?? keptByTitle.get(`${title}\u0000${startDate}`);
    const next: Activity = {
      startTime: null,
      endTime: null,
      organiser: '',
      coOrganiser: '',
      createdAt: opts.now,
      ...(old ?? {}),
      id: old?.id ?? opts.newId(),
      kindId: kind?.id ?? '',
      title,
      host,
      startDate,
      endDate,
      place: text(row.values.place) ?? '',
      targetGroup: text(row.values.targetGroup) ?? '',
      budget: toYuan(num(row.values.budget)),
      actualCost: toYuan(num(row.values.actualCost)),
      notes: text(row.values.notes) ?? '',
      year: yearOf(startDate),
      updatedAt: old?.updatedAt ?? opts.now,
    };
    if (number) {
      if (refs.has(number))
        p.issue(
          row,
          'id',
          `编号“${number}”与本表前面一行重复，活动参加将对应前面那一行`,
          'warning',
        );
      else refs.set(number, next.id);
    }
    titles.set(title, [...(titles.get(title) ?? []), next.id]);
    const before = add.length + put.length;
    settle(p, old, next, add, put, ['updatedAt']);
    if (add.length + put.length > before && old) put[put.length - 1]!.updatedAt = opts.now;
  }
  for (const [title, ids] of titles)
    if (ids.length === 1 && !refs.has(title)) refs.set(title, ids[0]!);
  ctx.writes.activities = { add, put };
  ctx.writes.activityKinds = { add: newKinds, put: [] };
  planParticipants(pp, ctx, refs, new Set([...keptById.keys(), ...add.map((a) => a.id)]));
}

function planParticipants(
  p: SheetPlanner,
  ctx: PlanContext,
  refs: ReadonlyMap<string, string>,
  activityIds: ReadonlySet<string>,
): void {
  const { current, lookup, opts } = ctx;
  const key = (activityId: string, who: string, entry: string | null | undefined) =>
    `${activityId}\u0000${who}\u0000${entry ?? ''}`;
  const whoOf = (x: Pick<Participant, 'memberId' | 'guestName'>) =>
    x.memberId ?? `guest:${x.guestName ?? ''}`;
  const kept = new Map(
    current.tables.participants.map((x) => [key(x.activityId, whoOf(x), x.entry), x]),
  );
  const usedIds = new Set(current.tables.participants.map((x) => x.id));
  const nextOrder = new Map<string, number>();
  for (const x of current.tables.participants)
    nextOrder.set(x.activityId, Math.max(nextOrder.get(x.activityId) ?? 0, x.order + 1));
  const add: Participant[] = [];
  const put: Participant[] = [];
  const seen = new Set<string>();

  for (const row of p.sheet.rows) {
    const ref = p.required(row, 'activity', '活动编号');
    const activityId = ref === null ? null : (refs.get(ref) ?? (activityIds.has(ref) ? ref : null));
    if (ref !== null && activityId === null)
      p.issue(row, 'activity', `活动编号“${ref}”在“活动”表中找不到`, 'error');
    const identity = text(row.values.identity) ?? '会员';
    if (identity !== '会员' && identity !== '来宾')
      p.issue(row, 'identity', `无法识别身份“${identity}”，可填写会员或来宾`, 'error');
    const stateText = text(row.values.state) ?? '报名';
    const state = (ATTENDANCE_STATES as readonly string[]).includes(stateText)
      ? (stateText as AttendanceState)
      : null;
    if (!state)
      p.issue(
        row,
        'state',
        `无法识别状态“${stateText}”，可填写${ATTENDANCE_STATES.join('、')}`,
        'error',
      );
    const name = text(row.values.name);
    let memberId: string | null = null;
    if (identity === '来宾') {
      if (!name) p.issue(row, 'name', '来宾缺少姓名', 'error');
    } else if (identity === '会员') {
      const found = lookup.find(text(row.values.idNumber), name);
      if (found.ok) memberId = found.member.id;
      else p.issue(row, found.field, found.reason, 'error');
    }
    if (row.hasError || activityId === null || !state) {
      p.counts.skip++;
      continue;
    }
    const entry = text(row.values.entry);
    const guestName = memberId === null ? name : null;
    const k = key(activityId, memberId ?? `guest:${guestName ?? ''}`, entry);
    if (seen.has(k)) {
      p.issue(row, 'name', '与本表前面一行是同一活动的同一人（同一项目），已跳过', 'warning');
      p.counts.skip++;
      continue;
    }
    seen.add(k);
    const old = kept.get(k);
    let id = old?.id;
    if (!id) {
      const pair = memberId ? memberParticipantId(activityId, memberId) : null;
      id = pair && !usedIds.has(pair) ? pair : opts.newId();
      usedIds.add(id);
    }
    const order = old?.order ?? nextOrder.get(activityId) ?? 0;
    if (!old) nextOrder.set(activityId, order + 1);
    const next: Participant = {
      ...(old ?? {}),
      id,
      activityId,
      memberId,
      state,
      order,
    };
    if (guestName !== null) next.guestName = guestName;
    const leaveReason = text(row.values.leaveReason);
    const result = parseResult(text(row.values.result));
    const prize = num(row.values.prize);
    if (leaveReason !== null || old?.leaveReason) next.leaveReason = leaveReason;
    if (entry !== null || old?.entry) next.entry = entry;
    if (result !== null || old?.result)
      next.result =
        result && old?.result?.score !== undefined
          ? { ...result, score: old.result.score }
          : result;
    if (prize !== null || old?.prizeCents) next.prizeCents = prize;
    settle(p, old, next, add, put);
  }
  ctx.writes.participants = { add, put };
}

// ── 表彰 ──────────────────────────────────────────────────────────────────────────

export function planHonours(p: SheetPlanner, ctx: PlanContext): void {
  const key = (h: Pick<Honour, 'year' | 'recipient' | 'title'>) =>
    `${h.year}\u0000${h.recipient}\u0000${h.title}`;
  const kept = new Map(ctx.current.tables.honours.map((h) => [key(h), h]));
  const add: Honour[] = [];
  const put: Honour[] = [];
  for (const row of p.sheet.rows) {
    const year = num(row.values.year);
    if (year === null && row.values.year === null) p.issue(row, 'year', '缺少年度', 'error');
    else if (year !== null && (year < 1949 || year > 2100))
      p.issue(row, 'year', `年度“${year}”不是有效年份`, 'error');
    const recipient = p.required(row, 'recipient', '获奖者');
    const title = p.required(row, 'title', '称号');
    const kindText = text(row.values.kind) ?? '个人';
    const kind = (HONOUR_KINDS as readonly string[]).includes(kindText)
      ? (kindText as HonourKind)
      : null;
    if (!kind) p.issue(row, 'kind', `无法识别类型“${kindText}”，可填写个人或集体`, 'error');
    if (row.hasError || year === null || !recipient || !title || !kind) {
      p.counts.skip++;
      continue;
    }
    let memberId: string | null = null;
    if (kind === '个人') {
      const found = ctx.lookup.find(null, recipient);
      if (found.ok) memberId = found.member.id;
      else p.issue(row, 'recipient', `${found.reason}，按姓名记录`, 'warning');
    }
    const old = kept.get(key({ year, recipient, title }));
    const next: Honour = {
      ...(old ?? {}),
      id: old?.id ?? ctx.opts.newId(),
      year,
      kind,
      recipient,
      memberId,
      title,
      level: text(row.values.level) ?? '',
      body: text(row.values.body) ?? '',
    };
    settle(p, old, next, add, put);
  }
  ctx.writes.honours = { add, put };
}

// ── 发文 ──────────────────────────────────────────────────────────────────────────

function registerEntry(row: ReadRow, p: SheetPlanner, ctx: PlanContext): DocumentRow | null {
  const title = p.required(row, 'title', '标题');
  const numberText = text(row.values.number);
  const parsed = numberText ? parseDocumentNumber(numberText) : null;
  if (numberText && !parsed)
    p.issue(row, 'number', `文号“${numberText}”不是“X工〔2026〕3号”的样式，按原样记录`, 'warning');
  const date = text(row.values.date);
  if (!date && row.values.date === null) p.issue(row, 'date', '缺少日期', 'error');
  if (row.hasError || !title || !date) return null;
  return {
    id: '',
    year: parsed?.year ?? yearOf(date),
    seq: parsed?.seq ?? 0,
    prefix: parsed?.prefix ?? '',
    number: parsed?.number ?? numberText ?? '',
    title,
    date,
    activityId: null,
    kind: null,
    templateId: null,
    source: null,
    values: {},
    issuer: null,
    document: null,
    createdAt: ctx.opts.now,
    updatedAt: ctx.opts.now,
  };
}

export function planDocuments(p: SheetPlanner, ctx: PlanContext): void {
  const keyOf = (d: DocumentRow) =>
    typeof d.number === 'string' && d.number
      ? `no:${d.number}`
      : `t:${String(d.title)}\u0000${String(d.date)}`;
  const kept = new Map(ctx.current.tables.documents.map((d) => [keyOf(d), d]));
  const add: DocumentRow[] = [];
  const put: DocumentRow[] = [];
  for (const row of p.sheet.rows) {
    const entry = registerEntry(row, p, ctx);
    if (!entry) {
      p.counts.skip++;
      continue;
    }
    const old = kept.get(keyOf(entry));
    const next: DocumentRow = old
      ? { ...old, title: entry.title, date: entry.date, year: entry.year }
      : { ...entry, id: ctx.opts.newId() };
    if (old && old.title === next.title && old.date === next.date && old.year === next.year) {
      p.counts.skip++;
      continue;
    }
    if (old) next.updatedAt = ctx.opts.now;
    settle(p, old, next, add, put);
  }
  ctx.writes.documents = { add, put };
}
