import type { Member } from '../../roster/rules/member';
import type { LedgerData } from '../../types';
import type { CellValue, SheetRecord } from '../../workbook/sheetTypes';
import {
  ASSISTANCE_KINDS,
  FUND_SOURCES,
  HARDSHIP_TIERS,
  MAX_SECONDARY_CAUSES,
  parseCausesCell,
  parseTier,
  type AssistanceKind,
  type FundSource,
  type HardshipAssistance,
  type HardshipFile,
} from '../rules/hardship';
import { incomePerHead } from '../rules/income';

/*
 * The planners of 困难职工 and 帮扶, called by the workbook engine (workbook/planWorkbook.ts)
 * after the 会员 sheet. They see the engine's planner and context through the small shapes
 * below (this folder may not import the engine), and add, update or skip records as the
 * other sheets do. A 帮扶 row belongs to its member's file (the one 在档 on its date, else the
 * member's latest); a member with no file is an error naming the row.
 */

interface Row {
  row: number;
  values: SheetRecord;
  hasError: boolean;
}

/** What of the engine's SheetPlanner these planners use. */
export interface HardshipSheetPlanner {
  readonly sheet: { rows: Row[] };
  readonly counts: { add: number; update: number; skip: number };
  issue(row: Row, field: string | null, message: string, severity: 'error' | 'warning'): void;
  required(row: Row, field: string, header: string): string | null;
}

type Found =
  { ok: true; member: Member } | { ok: false; field: 'idNumber' | 'name'; reason: string };

/** What of the engine's PlanContext these planners use. */
export interface HardshipPlanContext {
  current: LedgerData;
  lookup: { find(idNumber: string | null, name: string | null): Found };
  opts: { now: string; newId: () => string };
  writes: {
    hardshipFiles?: { add: HardshipFile[]; put: HardshipFile[] };
    hardshipAssistance?: { add: HardshipAssistance[]; put: HardshipAssistance[] };
  };
}

const text = (v: CellValue | undefined): string | null =>
  v === null || v === undefined || v === '' ? null : String(v).trim() || null;
const num = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);
const flag = (v: CellValue | undefined): boolean | null => (typeof v === 'boolean' ? v : null);

function same<T extends object>(a: T, b: T): boolean {
  const strip = (o: T) => {
    const c = { ...o } as Record<string, unknown>;
    delete c.updatedAt;
    delete c.createdAt;
    return JSON.stringify(c, Object.keys(c).sort());
  };
  return strip(a) === strip(b);
}

function settle<T extends { id: string; updatedAt: string }>(
  p: HardshipSheetPlanner,
  kept: T | undefined,
  next: T,
  w: { add: T[]; put: T[] },
  now: string,
): void {
  if (!kept) {
    w.add.push(next);
    p.counts.add++;
  } else if (same(kept, next)) p.counts.skip++;
  else {
    w.put.push({ ...next, updatedAt: now });
    p.counts.update++;
  }
}

// ── 困难职工 ─────────────────────────────────────────────────────────────────────

export function planHardshipFiles(
  p: HardshipSheetPlanner,
  ctx: HardshipPlanContext,
): HardshipFile[] {
  const { current, opts } = ctx;
  const key = (memberId: string, filingDate: string) => `${memberId}\u0000${filingDate}`;
  const kept = new Map(current.tables.hardshipFiles.map((f) => [key(f.memberId, f.filingDate), f]));
  const w = { add: [] as HardshipFile[], put: [] as HardshipFile[] };
  const seen = new Set<string>();

  for (const row of p.sheet.rows) {
    const v = row.values;
    const found = ctx.lookup.find(text(v.idNumber), text(v.name));
    if (!found.ok) p.issue(row, found.field, found.reason, 'error');
    const tierText = p.required(row, 'tier', '困难类别');
    const tier = tierText === null ? null : parseTier(tierText);
    if (tierText !== null && !tier)
      p.issue(
        row,
        'tier',
        `无法识别困难类别“${tierText}”，可填写${HARDSHIP_TIERS.join('、')}（或旧称特困、重困、一般困难）`,
        'error',
      );
    const causes = parseCausesCell(text(v.causes) ?? '');
    if (!causes.mainCause) p.issue(row, 'causes', '缺少致困原因', 'error');
    if (causes.secondaryCauses.length > MAX_SECONDARY_CAUSES)
      p.issue(
        row,
        'causes',
        `致困原因最多一项主要、${MAX_SECONDARY_CAUSES}项次要，现有${causes.secondaryCauses.length + 1}项`,
        'error',
      );
    const filingDate = text(v.filingDate);
    if (!filingDate) p.issue(row, 'filingDate', '缺少建档日期', 'error');
    const size = num(v.householdSize);
    if (size !== null && (!Number.isInteger(size) || size < 1 || size > 30))
      p.issue(row, 'householdSize', `家庭人口“${size}”应为 1 到 30 的整数`, 'error');
    const perHead = num(v.incomePerHead);
    if (perHead !== null && perHead < 0)
      p.issue(row, 'incomePerHead', '家庭月人均收入不能为负数', 'error');
    const statusText = text(v.status) ?? '在档';
    const status = statusText === '在档' || statusText === '脱困' ? statusText : null;
    if (!status) p.issue(row, 'status', `无法识别状态“${statusText}”，可填写在档或脱困`, 'error');
    const exitDate = text(v.exitDate);
    if (status === '脱困' && !exitDate)
      p.issue(row, 'exitDate', '状态为脱困，但缺少脱困日期', 'error');
    if (status === '在档' && exitDate)
      p.issue(row, 'exitDate', '状态为在档，却填写了脱困日期', 'error');
    if (filingDate && exitDate && exitDate < filingDate)
      p.issue(row, 'exitDate', '脱困日期早于建档日期', 'error');
    if (row.hasError || !found.ok || !tier || !filingDate || !status) {
      p.counts.skip++;
      continue;
    }
    const k = key(found.member.id, filingDate);
    if (seen.has(k)) {
      p.issue(row, 'name', '与本表前面一行是同一职工同一建档日期，已跳过', 'warning');
      p.counts.skip++;
      continue;
    }
    seen.add(k);
    const old = kept.get(k);
    const householdSize = size ?? old?.householdSize ?? Math.max(1, old?.household.length ?? 1);
    const base: HardshipFile = {
      household: [],
      reviews: [],
      notes: '',
      createdAt: opts.now,
      updatedAt: opts.now,
      ...(old ?? {}),
      id: old?.id ?? opts.newId(),
      memberId: found.member.id,
      tier,
      mainCause: causes.mainCause,
      secondaryCauses: causes.secondaryCauses,
      householdSize,
      recordedIncomePerHeadCents: null,
      pairedLeader: text(v.pairedLeader) ?? '',
      surveyDate: text(v.surveyDate),
      filingDate,
      publicNoticeDate: text(v.publicNoticeDate),
      status,
      exitDate: status === '脱困' ? exitDate : null,
    };
    // The household stays as kept when its computed income per head is what the row says;
    // otherwise the row's figure is recorded (the sheet does not itemise incomes).
    const computed = incomePerHead(base).perHeadCents;
    const next = computed === perHead ? base : { ...base, recordedIncomePerHeadCents: perHead };
    settle(p, old, next, w, opts.now);
  }
  ctx.writes.hardshipFiles = w;
  const touched = new Map([...w.add, ...w.put].map((f) => [f.id, f]));
  return [...current.tables.hardshipFiles.map((f) => touched.get(f.id) ?? f), ...w.add];
}

// ── 帮扶 ─────────────────────────────────────────────────────────────────────────

/** The member's file a record dated `date` belongs to: 在档 on that day, else the latest filed. */
export function fileForAssistance(
  files: readonly HardshipFile[],
  memberId: string,
  date: string,
): HardshipFile | null {
  const own = files
    .filter((f) => f.memberId === memberId)
    .sort((a, b) => b.filingDate.localeCompare(a.filingDate));
  return (
    own.find((f) => f.filingDate <= date && (f.exitDate === null || f.exitDate >= date)) ??
    own[0] ??
    null
  );
}

export function planHardshipAssistance(
  p: HardshipSheetPlanner,
  ctx: HardshipPlanContext,
  files: readonly HardshipFile[],
): void {
  const { current, opts } = ctx;
  const key = (a: Pick<HardshipAssistance, 'memberId' | 'date' | 'kind' | 'amountCents'>) =>
    `${a.memberId}\u0000${a.date}\u0000${a.kind}\u0000${a.amountCents}`;
  const kept = new Map<string, HardshipAssistance[]>();
  for (const a of current.tables.hardshipAssistance)
    kept.set(key(a), [...(kept.get(key(a)) ?? []), a]);
  const w = { add: [] as HardshipAssistance[], put: [] as HardshipAssistance[] };

  for (const row of p.sheet.rows) {
    const v = row.values;
    const date = p.required(row, 'date', '日期');
    const found = ctx.lookup.find(text(v.idNumber), text(v.name));
    if (!found.ok) p.issue(row, found.field, found.reason, 'error');
    const kindText = p.required(row, 'kind', '形式');
    const kind = (ASSISTANCE_KINDS as readonly string[]).includes(kindText ?? '')
      ? (kindText as AssistanceKind)
      : null;
    if (kindText !== null && !kind)
      p.issue(
        row,
        'kind',
        `无法识别帮扶形式“${kindText}”，可填写${ASSISTANCE_KINDS.join('、')}`,
        'error',
      );
    const amount = num(v.amount);
    if (amount === null) p.issue(row, 'amount', '缺少金额', 'error');
    else if (amount <= 0) p.issue(row, 'amount', '金额应大于0', 'error');
    const sourceText = text(v.source) ?? '本会';
    const source = (FUND_SOURCES as readonly string[]).includes(sourceText)
      ? (sourceText as FundSource)
      : null;
    if (!source)
      p.issue(
        row,
        'source',
        `无法识别资金来源“${sourceText}”，可填写${FUND_SOURCES.join('、')}`,
        'error',
      );
    const appliedOn = text(v.superiorAppliedOn);
    const approved = flag(v.superiorApproved);
    if (approved !== null && !appliedOn)
      p.issue(row, 'superiorApproved', '填写了上级批准，但缺少上级申请日期', 'error');
    const childName = text(v.childName);
    if (kind === '金秋助学' && !childName)
      p.issue(row, 'childName', '金秋助学缺少受助子女姓名', 'error');
    const file = found.ok && date ? fileForAssistance(files, found.member.id, date) : null;
    if (found.ok && date && !file)
      p.issue(
        row,
        'name',
        `${found.member.name}没有困难职工档案，请先在“困难职工”表中建档`,
        'error',
      );
    if (row.hasError || !date || !found.ok || !kind || amount === null || !source || !file) {
      p.counts.skip++;
      continue;
    }
    const k = key({ memberId: found.member.id, date, kind, amountCents: amount });
    const old = kept.get(k)?.shift();
    const school = text(v.school);
    const grade = text(v.grade);
    const next: HardshipAssistance = {
      campaignId: null,
      createdAt: opts.now,
      updatedAt: opts.now,
      ...(old ?? {}),
      id: old?.id ?? opts.newId(),
      fileId: file.id,
      memberId: found.member.id,
      date,
      kind,
      amountCents: amount,
      source,
      viaUnionAccount: flag(v.viaUnionAccount) ?? true,
      superiorAppliedOn: appliedOn,
      superiorApproved: approved,
      student:
        childName || school || grade
          ? { childName: childName ?? '', school: school ?? '', grade: grade ?? '' }
          : null,
      notes: text(v.notes) ?? '',
    };
    settle(p, old, next, w, opts.now);
  }
  ctx.writes.hardshipAssistance = w;
}

/** Both sheets: files first, so 帮扶 rows find the files the same workbook brings. */
export function planHardshipSheets(
  files: HardshipSheetPlanner,
  assistance: HardshipSheetPlanner,
  ctx: HardshipPlanContext,
): void {
  planHardshipAssistance(assistance, ctx, planHardshipFiles(files, ctx));
}
