import { maskIdNumber } from '../../core/ids/idNumber';
import { newId } from '../../core/ids/newId';
import { parseIdType } from '../roster/rules/memberVocabulary';
import { excelSerialToIsoDate, parseDateText } from '../../core/text/normalizeDate';
import { memberFromRow, updatedMember } from '../roster/import/apply';
import { changesFor, planImport } from '../roster/import/plan';
import type { ImportedRow } from '../roster/import/types';
import {
  MODEL_WORKER_LEVELS,
  withStatus,
  type Member,
  type ModelWorkerLevel,
  type OrgUnit,
  type StatusChange,
} from '../roster/rules/member';
import {
  emptyProfile,
  UNION_TYPES,
  UNIT_KINDS,
  type UnionProfile,
  type UnionType,
  type UnitKind,
} from '../union/rules/profile';
import { termEndOf, termYears, UNION_ITEMS } from '../union/excel/sheets';
import type { LedgerRows, LedgerTable } from '../tables';
import type { LedgerData } from '../types';
import type { ReadRow, ReadSheet, WorkbookIssue, WorkbookRead } from './readWorkbook';
import type { CellValue } from './sheetTypes';
import { planActivities, planDocuments, planHonours, planOfficers } from './planSheets';
import { planCare } from '../care/excel/plan';
import { capSettingFromText } from '../care/rules/capSetting';
import { planHardshipSheets } from '../hardship/excel/plan';
import { planFunds } from '../funds/excel/plan';
import { planElections } from '../elections/excel/plan';
import { planCongress } from '../congress/excel/plan';
import { planTownshipSheets } from '../township/excel/plan';

/*
 * What importing a read 年度台账 would do to the current records, sheet by sheet: rows
 * added, rows updating a record already kept, rows skipped (same as kept, or with an
 * error). Pure: the preview shows it; applyWorkbookImport writes it as one batch. Members
 * are matched as the roster import matches them (身份证号, else 姓名+出生日期, else
 * 姓名+部门); the other sheets refer to members by 身份证号, else by 姓名 when unique.
 * Nothing is derived that the file does not hold (no automatic postings, LEDGERS.md §10).
 */

export interface SheetCounts {
  add: number;
  update: number;
  skip: number;
  /** Rows with at least one issue. */
  problems: number;
}

export interface SheetPlan {
  name: string;
  /** The sheet's name in the file; null when absent (then empty). */
  found: string | null;
  rows: number;
  counts: SheetCounts;
  issues: WorkbookIssue[];
}

export type TableWrites = { [T in LedgerTable]?: { add: LedgerRows[T][]; put: LedgerRows[T][] } };

export interface WorkbookPlan {
  file: string;
  sheets: SheetPlan[];
  /** The profile to store, or null to leave it as it is. */
  profile: UnionProfile | null;
  writes: TableWrites;
}

export interface PlanOptions {
  today: string;
  now?: string;
  newId?: () => string;
}

/** Per-sheet bookkeeping handed to each sheet's planner. */
export class SheetPlanner {
  readonly counts: SheetCounts = { add: 0, update: 0, skip: 0, problems: 0 };
  readonly issues: WorkbookIssue[];
  private readonly problemRows = new Set<number>();

  constructor(
    readonly sheet: ReadSheet,
    readIssues: readonly WorkbookIssue[],
  ) {
    this.issues = readIssues.filter((i) => i.sheet === sheet.name);
    for (const i of this.issues) if (i.row !== null) this.problemRows.add(i.row);
  }

  /** Records an issue at a field's column (or the whole row when the sheet lacks it). */
  issue(row: ReadRow, field: string | null, message: string, severity: 'error' | 'warning'): void {
    const at = field === null ? undefined : row.at[field];
    this.issues.push({
      sheet: this.sheet.name,
      row: row.row,
      column: at?.letter ?? null,
      header: at?.header ?? null,
      message,
      severity,
    });
    this.problemRows.add(row.row);
    if (severity === 'error') row.hasError = true;
  }

  /** A required field: its text, or an error naming the column. */
  required(row: ReadRow, field: string, header: string): string | null {
    const v = row.values[field];
    if (v === null || v === undefined || v === '') {
      this.issue(row, field, `缺少${header}`, 'error');
      return null;
    }
    return String(v);
  }

  done(): SheetPlan {
    const issues = [...this.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return {
      name: this.sheet.name,
      found: this.sheet.found,
      rows: this.sheet.rows.length,
      counts: { ...this.counts, problems: this.problemRows.size },
      issues,
    };
  }
}

export const text = (v: CellValue | undefined): string | null =>
  v === null || v === undefined || v === '' ? null : String(v);
export const num = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);
export const flag = (v: CellValue | undefined): boolean | null =>
  typeof v === 'boolean' ? v : null;

/** Members as the other sheets find them: by 身份证号, else by 姓名 when unique. */
export class MemberLookup {
  private readonly byId = new Map<string, Member>();
  private readonly byName = new Map<string, Member[]>();

  constructor(members: Iterable<Member>) {
    for (const m of members) {
      if (m.idNumber) this.byId.set(m.idNumber.toUpperCase(), m);
      const list = this.byName.get(m.name);
      if (list) list.push(m);
      else this.byName.set(m.name, [m]);
    }
  }

  find(
    idNumber: string | null,
    name: string | null,
  ): { ok: true; member: Member } | { ok: false; field: 'idNumber' | 'name'; reason: string } {
    if (idNumber) {
      const m = this.byId.get(idNumber.toUpperCase());
      if (m) return { ok: true, member: m };
      return {
        ok: false,
        field: 'idNumber',
        reason: `身份证号“${maskIdNumber(idNumber)}”不在会员名单中`,
      };
    }
    if (!name) return { ok: false, field: 'name', reason: '缺少姓名' };
    const list = this.byName.get(name) ?? [];
    if (list.length === 1) return { ok: true, member: list[0]! };
    if (list.length === 0) return { ok: false, field: 'name', reason: `“${name}”不在会员名单中` };
    return {
      ok: false,
      field: 'name',
      reason: `会员名单中有${list.length}人叫“${name}”，请填写身份证号以区分`,
    };
  }
}

// ── 工会 ──────────────────────────────────────────────────────────────────────────

function dateOfText(t: string, today: string): string | null {
  const parsed = parseDateText(t, { today });
  if (parsed) return parsed.date;
  const n = Number(t);
  return Number.isFinite(n) ? excelSerialToIsoDate(n) : null;
}

function planProfile(
  p: SheetPlanner,
  current: UnionProfile | null,
  today: string,
): UnionProfile | null {
  if (p.sheet.rows.length === 0) return null;
  const next: UnionProfile = { ...(current ?? emptyProfile()) };
  let years: number | null = null;
  let yearsRow: ReadRow | null = null;
  for (const row of p.sheet.rows) {
    const item = text(row.values.item);
    const value = text(row.values.value);
    if (item === null) continue;
    if (!(UNION_ITEMS as readonly string[]).includes(item)) {
      p.issue(row, 'item', `不认识的项目“${item}”，已忽略`, 'warning');
      continue;
    }
    if (value === null) continue;
    const int = /^第?\s*(\d+)\s*(届|年|月)?$/.exec(value);
    switch (item) {
      case '工会名称':
        next.unionName = value;
        break;
      case '单位名称':
        next.unitName = value;
        break;
      case '上级工会':
        next.superiorUnion = value;
        break;
      case '届次':
        if (int) next.termNumber = Number(int[1]);
        else p.issue(row, 'value', `届次“${value}”应为整数，如 3`, 'warning');
        break;
      case '选举日期': {
        const d = dateOfText(value, today);
        if (d) next.termStart = d;
        else p.issue(row, 'value', `无法识别选举日期“${value}”`, 'warning');
        break;
      }
      case '任期年数':
        if (int && Number(int[1]) >= 1 && Number(int[1]) <= 10) {
          years = Number(int[1]);
          yearsRow = row;
        } else
          p.issue(
            row,
            'value',
            `任期年数“${value}”应为 1 到 10 的整数（通常为 3 或 5）`,
            'warning',
          );
        break;
      case '慰问标准': {
        const caps = capSettingFromText(value, next.careCaps);
        if (caps) next.careCaps = caps;
        else p.issue(row, 'value', `不认识的慰问标准“${value}”，已保留原设置`, 'warning');
        break;
      }
      case '统计起始月':
        if (int && Number(int[1]) >= 1 && Number(int[1]) <= 12)
          next.statsYearStartMonth = Number(int[1]);
        else p.issue(row, 'value', `统计起始月“${value}”应为 1 到 12 的整数`, 'warning');
        break;
      case '所属类型':
        if ((UNIT_KINDS as readonly string[]).includes(value)) next.unitKind = value as UnitKind;
        else
          p.issue(
            row,
            'value',
            `所属类型“${value}”应为${UNIT_KINDS.join('、')}之一，已保留原设置`,
            'warning',
          );
        break;
      case '工会类型':
        if (!(UNION_TYPES as readonly string[]).includes(value))
          p.issue(
            row,
            'value',
            `工会类型“${value}”应为${UNION_TYPES.join('或')}，已保留原设置`,
            'warning',
          );
        else if (value === '乡镇街道总工会') next.unionType = value as UnionType;
        else delete next.unionType;
        break;
      case '统计编码':
        next.statsCode = value;
        break;
    }
  }
  if (years !== null && next.termStart) {
    const keep = current && current.termStart === next.termStart && termYears(current) === years;
    if (!keep) next.termEnd = termEndOf(next.termStart, years);
  } else if (years !== null && yearsRow) {
    p.issue(yearsRow, 'value', '有任期年数但没有选举日期，无法算出任期结束日期', 'warning');
  }
  if (current && JSON.stringify(current) === JSON.stringify(next)) {
    p.counts.skip++;
    return null;
  }
  p.counts[current ? 'update' : 'add']++;
  return next;
}

// ── 会员 ──────────────────────────────────────────────────────────────────────────

/** A new member's history: dates the sheet does not give are unknown (''), never today. */
function historyFor(row: ImportedRow, statusDate: string | null): StatusChange[] {
  const status = row.status ?? '在职';
  const note = '导入年度台账';
  const start = row.joinDate ?? row.hireDate;
  if (status === '在职') return [{ status, date: statusDate ?? start ?? '', note }];
  if (start && statusDate && start < statusDate)
    return [
      { status: '在职', date: start, note },
      { status, date: statusDate, note },
    ];
  return [{ status, date: statusDate ?? '', note }];
}

/** The sheet's facts the roster import does not read (证件类型, 是否会员, 岗位类别, flags). */
function extrasOf(p: SheetPlanner, row: ReadRow) {
  const v = row.values;
  let modelWorker: ModelWorkerLevel | null = null;
  const mw = text(v.modelWorker);
  if (mw !== null) {
    const level = MODEL_WORKER_LEVELS.find((l) => mw.startsWith(l));
    if (level) modelWorker = level;
    else
      p.issue(
        row,
        'modelWorker',
        `无法识别劳模级别“${mw}”，可填写${MODEL_WORKER_LEVELS.join('、')}`,
        'warning',
      );
  }
  return {
    idType: parseIdType(text(v.idType) ?? ''),
    postCategory: text(v.postCategory),
    isMember: flag(v.isMember),
    hardship: flag(v.hardship),
    modelWorker,
  };
}

function withExtras(m: Member, x: ReturnType<typeof extrasOf>): Member {
  const next: Member = { ...m, flags: { ...m.flags } };
  if (x.idType !== null) next.idType = x.idType;
  if (x.postCategory !== null) next.postCategory = x.postCategory;
  if (x.isMember !== null) next.isMember = x.isMember;
  if (x.hardship !== null) next.flags.hardship = x.hardship;
  if (x.modelWorker !== null) next.flags.modelWorker = x.modelWorker;
  return next;
}

function planMembers(
  p: SheetPlanner,
  current: readonly Member[],
  opts: Required<PlanOptions>,
  writes: TableWrites,
): Member[] {
  const rows = p.sheet.rows.filter((r) => r.member);
  const imported = rows.map((r) => r.member!);
  const plan = planImport(imported, current);
  const byId = new Map(current.map((m) => [m.id, m]));
  let order = Math.max(0, ...current.map((m) => m.rosterOrder)) + 1;
  const add: Member[] = [];
  const put = new Map<string, Member>();
  plan.forEach((planned, i) => {
    const row = rows[i]!;
    const member = row.member!;
    const extras = extrasOf(p, row);
    const statusDate = text(row.values.statusDate);
    if (member.hasError || row.hasError) {
      p.counts.skip++;
      return;
    }
    if (planned.match.kind === 'ambiguous') {
      p.issue(
        row,
        'name',
        `与${planned.match.candidates.length}名已有会员匹配，已跳过，请在花名册中核对`,
        'warning',
      );
      p.counts.skip++;
      return;
    }
    if (planned.match.kind === 'new') {
      const m = memberFromRow(member, opts.newId(), order++, opts.today, opts.now);
      add.push(withExtras({ ...m, statusHistory: historyFor(member, statusDate) }, extras));
      p.counts.add++;
      return;
    }
    const old = put.get(planned.match.memberId) ?? byId.get(planned.match.memberId)!;
    if (put.has(old.id)) {
      p.issue(row, 'name', '与本表前面一行是同一名会员，已跳过', 'warning');
      p.counts.skip++;
      return;
    }
    let next = updatedMember({ ...member, status: null }, old, opts.today, opts.now);
    if (member.status && member.status !== old.status)
      next = withStatus(next, {
        status: member.status,
        date: statusDate ?? opts.today,
        note: '导入年度台账',
      });
    next = withExtras(next, extras);
    const changed =
      changesFor(member, old).length > 0 ||
      JSON.stringify({ ...next, updatedAt: '' }) !== JSON.stringify({ ...old, updatedAt: '' });
    if (!changed) {
      p.counts.skip++;
      return;
    }
    put.set(old.id, next);
    p.counts.update++;
  });
  writes.members = { add, put: [...put.values()] };
  return [...current.map((m) => put.get(m.id) ?? m), ...add];
}

function newOrgUnits(
  members: readonly Member[],
  existing: readonly OrgUnit[],
  field: 'department' | 'unionGroup',
  newId: () => string,
): OrgUnit[] {
  const known = new Set(existing.map((u) => u.name));
  let next = Math.max(-1, ...existing.map((u) => u.order)) + 1;
  const out: OrgUnit[] = [];
  for (const m of members) {
    const name = m[field];
    if (name && !known.has(name)) {
      known.add(name);
      out.push({ id: newId(), name, order: next++ });
    }
  }
  return out;
}

// ── the whole workbook ────────────────────────────────────────────────────────────

/** Plans the import of a read workbook against the current records. */
export function planWorkbook(
  read: WorkbookRead,
  current: LedgerData,
  options: PlanOptions,
): WorkbookPlan {
  const opts: Required<PlanOptions> = {
    today: options.today,
    now: options.now ?? new Date().toISOString(),
    newId: options.newId ?? (() => newId('wb')),
  };
  const planners = new Map(read.sheets.map((s) => [s.name, new SheetPlanner(s, read.issues)]));
  const planner = (name: string) =>
    planners.get(name) ??
    new SheetPlanner({ name, found: null, headerRow: null, rows: [] }, read.issues);
  const writes: TableWrites = {};

  const profile = planProfile(planner('工会'), current.profile, opts.today);
  const members = planMembers(planner('会员'), current.tables.members, opts, writes);
  const touched = [...(writes.members?.add ?? []), ...(writes.members?.put ?? [])];
  writes.departments = {
    add: newOrgUnits(touched, current.tables.departments, 'department', opts.newId),
    put: [],
  };
  writes.unionGroups = {
    add: newOrgUnits(touched, current.tables.unionGroups, 'unionGroup', opts.newId),
    put: [],
  };
  const lookup = new MemberLookup(members);
  const ctx = { current, lookup, opts, writes };
  planOfficers(planner('委员'), ctx);
  planActivities(planner('活动'), planner('活动参加'), ctx);
  planCare(planner, ctx);
  planHonours(planner('表彰'), ctx);
  planDocuments(planner('发文'), ctx);
  planHardshipSheets(planner('困难职工'), planner('帮扶'), ctx);
  planFunds(planner('会费'), planner('经费'), planner('经费年度'), planner('预算'), ctx);
  planElections(planner('选举'), planner('候选人'), planner('选票'), ctx);
  planCongress(planner, ctx);
  planTownshipSheets(planner('下属工会'), planner('应建会单位'), ctx);

  return {
    file: read.file,
    sheets: read.sheets.map((s) => planner(s.name).done()),
    profile,
    writes,
  };
}

export interface PlanContext {
  current: LedgerData;
  lookup: MemberLookup;
  opts: Required<PlanOptions>;
  writes: TableWrites;
}
