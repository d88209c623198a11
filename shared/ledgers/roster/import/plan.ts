import { MEMBER_FIELDS, type ImportedRow, type MemberField } from './types';
import type { Member } from '../rules/member';

/**
 * Matching an imported roster against the members already kept, and deciding per row
 * what to do. Pure: the wizard shows the plan, the user changes decisions, apply.ts
 * writes it.
 */

export type MatchBy = 'idNumber' | 'nameBirth' | 'nameDepartment' | 'nameOnly';

export const MATCH_BY_LABELS: Record<MatchBy, string> = {
  idNumber: '身份证号相同',
  nameBirth: '姓名和出生日期相同',
  nameDepartment: '姓名和部门相同',
  nameOnly: '只有姓名相同，请确认是不是同一人',
};

export type RowMatch =
  | { kind: 'new' }
  | { kind: 'match'; memberId: string; by: MatchBy }
  | { kind: 'ambiguous'; candidates: string[]; by: MatchBy };

/** What happens to a row. `update` names the member it updates. */
export type RowDecision =
  | { action: 'add' }
  /** `fields`: only these of the row's changes are written (all of them when absent). */
  | { action: 'update'; memberId: string; fields?: readonly ChangeField[] }
  | { action: 'skip'; reason: string };

/** Fields an import may change on an existing member: every roster field but status (kept as dated history) and notes. */
export type UpdatableField = Exclude<MemberField, 'status' | 'notes'>;
export const UPDATABLE_FIELDS: readonly UpdatableField[] = MEMBER_FIELDS.filter(
  (f): f is UpdatableField => f !== 'status' && f !== 'notes',
);

/** A field an import can change on a kept member (status as a dated entry). */
export type ChangeField = UpdatableField | 'status';

export interface FieldChange {
  field: ChangeField;
  from: unknown;
  to: unknown;
}

export interface PlannedRow {
  /** Index into the read result's rows. */
  index: number;
  match: RowMatch;
  decision: RowDecision;
}

function keyNameBirth(name: string, birth: string) {
  return `${name}\u0000${birth}`;
}
function keyNameDept(name: string, dept: string) {
  return `${name}\u0000${dept}`;
}

function push<K>(map: Map<K, string[]>, key: K, id: string) {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** Indexes the kept members for matching; built once per plan. */
export function indexMembers(members: readonly Member[]) {
  const byId = new Map<string, string[]>();
  const byNameBirth = new Map<string, string[]>();
  const byNameDept = new Map<string, string[]>();
  /** Members by name alone, each with whether an ID number is kept for them. */
  const byName = new Map<string, { id: string; hasId: boolean }[]>();
  for (const m of members) {
    const same = byName.get(m.name);
    const entry = { id: m.id, hasId: !!m.idNumber };
    if (same) same.push(entry);
    else byName.set(m.name, [entry]);
    if (m.idNumber) push(byId, m.idNumber.toUpperCase(), m.id);
    if (m.birthDate) push(byNameBirth, keyNameBirth(m.name, m.birthDate), m.id);
    if (m.department) push(byNameDept, keyNameDept(m.name, m.department), m.id);
  }
  return { byId, byNameBirth, byNameDept, byName };
}

/**
 * By ID number, else name + birth date, else name + department (DOMAIN: Member). A row
 * that none of these finds but whose name is in the roster is not silently new: when the
 * row has no usable ID (blank, #VALUE!, a wrong one) or the namesake has none, they may be
 * the same person — the chair decides (待确认). Two different valid IDs are two people.
 */
export function matchRow(row: ImportedRow, index: ReturnType<typeof indexMembers>): RowMatch {
  // Tried in this order; each key is built only when the one before found nobody.
  const found = (by: MatchBy, ids: string[] | undefined): RowMatch | null => {
    if (!ids || ids.length === 0) return null;
    if (ids.length === 1) return { kind: 'match', memberId: ids[0]!, by };
    return { kind: 'ambiguous', candidates: ids, by };
  };
  const hit =
    (row.idNumber && index.byId.size > 0
      ? found('idNumber', index.byId.get(row.idNumber.toUpperCase()))
      : null) ??
    (row.name && row.birthDate && index.byNameBirth.size > 0
      ? found('nameBirth', index.byNameBirth.get(keyNameBirth(row.name, row.birthDate)))
      : null) ??
    (row.name && row.department && index.byNameDept.size > 0
      ? found('nameDepartment', index.byNameDept.get(keyNameDept(row.name, row.department)))
      : null);
  if (hit) return hit;
  const rowHasUsableId = !!row.idNumber && !row.hasError;
  const namesakes = row.name
    ? (index.byName.get(row.name) ?? []).filter((m) => !rowHasUsableId || !m.hasId)
    : [];
  if (namesakes.length > 0)
    return { kind: 'ambiguous', candidates: namesakes.map((m) => m.id), by: 'nameOnly' };
  return { kind: 'new' };
}

/** What an update would change: only fields the file fills and that differ. */
export function changesFor(row: ImportedRow, member: Member): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of UPDATABLE_FIELDS) {
    const to = row[f];
    if (to === null || to === undefined || to === '') continue;
    if (member[f] !== to) out.push({ field: f, from: member[f], to });
  }
  if (row.status && row.status !== member.status)
    out.push({ field: 'status', from: member.status, to: row.status });
  return out;
}

/** The default plan: rows with errors skipped, new rows added, matches updated, ambiguity left to the user. */
export function planImport(rows: readonly ImportedRow[], members: readonly Member[]): PlannedRow[] {
  const next = planImportStepwise(rows, members, Infinity);
  let plan: PlannedRow[] | null = null;
  while (!plan) plan = next();
  return plan;
}

/** Rows planned per step of planImportStepwise (a few ms each on the chair's machine). */
export const PLAN_SLICE = 5000;

/**
 * planImport a slice at a time, so that a 100,000-row file is matched in short tasks:
 * each call of the returned function does one step (first indexing the roster, then
 * `slice` rows) and returns null, until the last returns the plan (as planImport's).
 */
export function planImportStepwise(
  rows: readonly ImportedRow[],
  members: readonly Member[],
  slice = PLAN_SLICE,
): () => PlannedRow[] | null {
  let index: ReturnType<typeof indexMembers> | null = null;
  let byId: Map<string, Member> | null = null;
  const plan: PlannedRow[] = [];
  return () => {
    if (!index || !byId) {
      index = indexMembers(members);
      byId = new Map(members.map((m) => [m.id, m]));
      if (members.length > 0 && rows.length > 0) return null;
    }
    const end = Math.min(rows.length, plan.length + slice);
    for (let i = plan.length; i < end; i++) plan.push(planRow(rows[i]!, i, index, byId));
    return plan.length === rows.length ? plan : null;
  };
}

function planRow(
  row: ImportedRow,
  i: number,
  index: ReturnType<typeof indexMembers>,
  byId: ReadonlyMap<string, Member>,
): PlannedRow {
  const match = matchRow(row, index);
  let decision: RowDecision;
  if (row.hasError) decision = { action: 'skip', reason: '有错误，修正后才能导入' };
  else if (match.kind === 'new') decision = { action: 'add' };
  else if (match.kind === 'ambiguous')
    decision = {
      action: 'skip',
      reason: match.by === 'nameOnly' ? '花名册里有同名会员，请确认' : '匹配到多名会员，请选择',
    };
  else if (changesFor(row, byId.get(match.memberId)!).length === 0)
    decision = { action: 'skip', reason: '与现有记录相同' };
  else decision = { action: 'update', memberId: match.memberId };
  return { index: i, match, decision };
}

/** Kept members in service that no row of the file matches (left the unit, or missing from the file). */
export function membersMissingFromFile(
  plan: readonly PlannedRow[],
  members: readonly Member[],
): Member[] {
  const seen = new Set<string>();
  for (const p of plan) {
    if (p.match.kind === 'match') seen.add(p.match.memberId);
    if (p.match.kind === 'ambiguous') p.match.candidates.forEach((c) => seen.add(c));
    if (p.decision.action === 'update') seen.add(p.decision.memberId);
  }
  return members.filter((m) => m.status === '在职' && !seen.has(m.id));
}

export interface PlanCounts {
  add: number;
  update: number;
  skip: number;
  /** Rows with at least one error or warning. */
  problems: number;
}

export function countPlan(
  plan: readonly PlannedRow[],
  rows: readonly ImportedRow[],
  rowsWithIssues: ReadonlySet<number>,
): PlanCounts {
  const c: PlanCounts = { add: 0, update: 0, skip: 0, problems: 0 };
  for (const p of plan) {
    c[p.decision.action]++;
    const r = rows[p.index]!;
    if (rowsWithIssues.has(r.row)) c.problems++;
  }
  return c;
}

/**
 * The plan with some fields kept as they are in the roster (「只更新手机号」, 「全部不更新」):
 * each update writes only the row's changes outside `kept`, and a row left with none is
 * skipped. Pure, so the match step shows exactly what the write will do.
 */
export function keepFields(
  plan: readonly PlannedRow[],
  rows: readonly ImportedRow[],
  members: ReadonlyMap<string, Member>,
  kept: ReadonlySet<ChangeField>,
): PlannedRow[] {
  if (kept.size === 0) return [...plan];
  return plan.map((p) => {
    if (p.decision.action !== 'update') return p;
    const m = members.get(p.decision.memberId);
    if (!m) return p;
    const asked = p.decision.fields;
    const fields = changesFor(rows[p.index]!, m)
      .map((c) => c.field)
      .filter((f) => !kept.has(f) && (!asked || asked.includes(f)));
    return {
      ...p,
      decision:
        fields.length === 0
          ? { action: 'skip', reason: '所选信息不更新' }
          : { ...p.decision, fields },
    };
  });
}
