import { maskIdNumber } from '../../../core/ids/idNumber';
import type { Member } from '../../roster/rules/member';
import type { LedgerRows } from '../../tables';
import type { LedgerData } from '../../types';
import type { CellValue, SheetRecord } from '../../workbook/sheetTypes';
import { parseReceipt } from '../rules/distribution';
import {
  FUND_SOURCES,
  VISITEE_RELATIONS,
  festivalName,
  parseReasonText,
  yearOf,
  type CareStay,
  type CareVisit,
  type Distribution,
  type DistributionRecipient,
  type FundSource,
  type Visitee,
  type VisiteeRelation,
  type Visitor,
} from '../rules/records';

/*
 * The planners of 慰问 and 福利发放 (called from workbook/planWorkbook.ts). Rows with the same
 * 编号 are one visit / one distribution (a row without 编号 is a visit of its own). A record
 * whose 编号 is kept is updated; an equal one is skipped. 住院 visits of one patient are
 * joined into one stay when each follows the one before within STAY_GAP_DAYS (the sheet has
 * no stay column; this is how follow-up visits were entered). Nothing else is derived.
 */

/*
 * What the workbook engine hands a sheet's planner (workbook/planWorkbook.ts: SheetPlanner,
 * PlanContext), as the shapes this file uses, so excel/ needs nothing of the engine's code.
 */
export interface PlanRow {
  row: number;
  values: SheetRecord;
  hasError: boolean;
}

export interface CarePlanner {
  sheet: { rows: PlanRow[] };
  counts: { add: number; update: number; skip: number };
  issue(row: PlanRow, field: string | null, message: string, severity: 'error' | 'warning'): void;
  required(row: PlanRow, field: string, header: string): string | null;
}

type Writes<T extends keyof LedgerRows> = { add: LedgerRows[T][]; put: LedgerRows[T][] };

export interface CarePlanContext {
  current: LedgerData;
  lookup: {
    find(
      idNumber: string | null,
      name: string | null,
    ): { ok: true; member: Member } | { ok: false; field: 'idNumber' | 'name'; reason: string };
  };
  opts: { now: string; newId: () => string };
  writes: {
    careVisits?: Writes<'careVisits'>;
    careStays?: Writes<'careStays'>;
    distributions?: Writes<'distributions'>;
    distributionRecipients?: Writes<'distributionRecipients'>;
  };
}

const text = (v: CellValue | undefined): string | null =>
  v === null || v === undefined || v === '' ? null : String(v);
const num = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);
const flag = (v: CellValue | undefined): boolean | null => (typeof v === 'boolean' ? v : null);

/** Follow-up 住院 visits within this many days of the previous one join its stay. */
export const STAY_GAP_DAYS = 60;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);

function memberOf(
  p: CarePlanner,
  ctx: CarePlanContext,
  row: PlanRow,
  idField: string,
  nameField: string,
): Member | null {
  const found = ctx.lookup.find(text(row.values[idField]), text(row.values[nameField]));
  if (found.ok) return found.member;
  p.issue(row, found.field === 'idNumber' ? idField : nameField, found.reason, 'error');
  return null;
}

// ── 慰问 ──────────────────────────────────────────────────────────────────────────

interface VisitGroup {
  key: string;
  rows: PlanRow[];
}

export function planCareVisits(p: CarePlanner, ctx: CarePlanContext): void {
  const { current, opts } = ctx;
  const keptById = new Map(current.tables.careVisits.map((v) => [v.id, v]));
  const groups: VisitGroup[] = [];
  const byKey = new Map<string, VisitGroup>();
  p.sheet.rows.forEach((row, i) => {
    const key = text(row.values.id) ?? `\u0000row${i}`;
    const g = byKey.get(key);
    if (g) g.rows.push(row);
    else {
      const ng = { key, rows: [row] };
      byKey.set(key, ng);
      groups.push(ng);
    }
  });
  const visitorLookup = (names: string[]): Visitor[] =>
    names.map((name) => {
      const found = ctx.lookup.find(null, name);
      return { memberId: found.ok ? found.member.id : null, name };
    });

  const visits: CareVisit[] = [];
  for (const g of groups) {
    const first = g.rows[0]!;
    const date = text(first.values.date);
    if (!date) p.issue(first, 'date', '缺少日期', 'error');
    const reasonRaw = text(first.values.reason);
    const reason = reasonRaw ? parseReasonText(reasonRaw) : null;
    if (!reasonRaw) p.issue(first, 'reason', '缺少事由', 'error');
    else if (!reason)
      p.issue(
        first,
        'reason',
        `无法识别事由“${reasonRaw}”，可填写生病住院、生育、结婚、直系亲属去世、本人去世、退休、生日、节日（春节）、困难、金秋助学、送清凉、其他`,
        'error',
      );
    const fundText = text(first.values.fundSource) ?? '工会经费';
    const fund = (FUND_SOURCES as readonly string[]).includes(fundText)
      ? (fundText as FundSource)
      : fundText === '上级帮扶' || fundText === '上级'
        ? '上级帮扶资金'
        : fundText === '捐款'
          ? '慈善'
          : null;
    if (!fund)
      p.issue(
        first,
        'fundSource',
        `无法识别经费来源“${fundText}”，可填写${FUND_SOURCES.join('、')}`,
        'error',
      );
    const visitees: Visitee[] = [];
    let rowError = false;
    for (const row of g.rows) {
      if (row !== first) {
        if (text(row.values.date) && text(row.values.date) !== date)
          p.issue(row, 'date', `编号“${g.key}”的各行日期不一致，按第一行 ${date ?? ''}`, 'warning');
      }
      const member = memberOf(p, ctx, row, 'memberIdNumber', 'memberName');
      const relText = text(row.values.relation) ?? '本人';
      const relation = (VISITEE_RELATIONS as readonly string[]).includes(relText)
        ? (relText as VisiteeRelation)
        : ['父亲', '母亲'].includes(relText)
          ? '父母'
          : null;
      if (!relation)
        p.issue(
          row,
          'relation',
          `无法识别对象“${relText}”，可填写${VISITEE_RELATIONS.join('、')}`,
          'error',
        );
      if (row.hasError || !member || !relation) {
        rowError = true;
        continue;
      }
      const name = text(row.values.visiteeName) ?? (relation === '本人' ? member.name : null);
      if (!name) {
        p.issue(row, 'visiteeName', '慰问家属时请填写对象姓名', 'error');
        rowError = true;
        continue;
      }
      visitees.push({
        memberId: member.id,
        relation,
        name,
        cashCents: num(row.values.cash) ?? 0,
        goods: text(row.values.goods) ?? '',
        goodsCents: num(row.values.goodsValue) ?? 0,
      });
    }
    if (first.hasError || rowError || !date || !reason || !fund) {
      p.counts.skip += g.rows.length;
      continue;
    }
    const old = keptById.get(g.key);
    const visitorNames = (text(first.values.visitors) ?? '')
      .split(/[、，,；;\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const next: CareVisit = {
      place: '',
      campaignId: null,
      createdAt: opts.now,
      ...(old ?? {}),
      id: old?.id ?? (g.key.startsWith('\u0000') ? opts.newId() : g.key),
      date,
      year: yearOf(date),
      reason: reason.reason,
      festival: reason.festival,
      surgery: reason.reason === '生病住院' && flag(first.values.surgery) === true,
      visitees,
      memberIds: [...new Set(visitees.map((v) => v.memberId))],
      visitors: visitorLookup(visitorNames),
      fundSource: fund,
      voucherNo: text(first.values.voucherNo) ?? '',
      notes: text(first.values.notes) ?? '',
      stayId: old?.stayId ?? null,
      updatedAt: old?.updatedAt ?? opts.now,
    };
    visits.push(next);
  }

  // Join 住院 visits into stays: kept stays first, then by patient and date.
  const stays = new Map(current.tables.careStays.map((s) => [s.id, s]));
  const newStays: CareStay[] = [];
  const lastOf = new Map<string, { stay: CareStay; date: string }>();
  for (const v of current.tables.careVisits)
    if (v.stayId && stays.has(v.stayId)) {
      const s = stays.get(v.stayId)!;
      const k = `${s.memberId}\u0000${s.relation}\u0000${s.name}`;
      const prev = lastOf.get(k);
      if (!prev || prev.date < v.date) lastOf.set(k, { stay: s, date: v.date });
    }
  for (const v of [...visits].sort((a, b) => a.date.localeCompare(b.date))) {
    if (v.reason !== '生病住院') {
      v.stayId = null;
      continue;
    }
    if (v.stayId && stays.has(v.stayId)) continue;
    const x = v.visitees[0]!;
    const k = `${x.memberId}\u0000${x.relation}\u0000${x.name}`;
    const prev = lastOf.get(k);
    if (prev && daysBetween(prev.date, v.date) <= STAY_GAP_DAYS && !prev.stay.dischargedOn) {
      v.stayId = prev.stay.id;
      prev.date = v.date;
      if (v.surgery && !prev.stay.surgery) prev.stay.surgery = true;
      continue;
    }
    const stay: CareStay = {
      id: opts.newId(),
      memberId: x.memberId,
      relation: x.relation,
      name: x.name,
      admittedOn: v.date,
      dischargedOn: null,
      surgery: v.surgery,
      hospital: '',
      notes: '',
    };
    newStays.push(stay);
    stays.set(stay.id, stay);
    lastOf.set(k, { stay, date: v.date });
    v.stayId = stay.id;
  }

  const add: CareVisit[] = [];
  const put: CareVisit[] = [];
  for (const v of visits) {
    const old = keptById.get(v.id);
    const rows = byKey.get(old ? v.id : v.id)?.rows.length ?? 1;
    if (!old) {
      add.push(v);
      p.counts.add += rows;
    } else if (same({ ...old, updatedAt: '' }, { ...v, updatedAt: '' })) p.counts.skip += rows;
    else {
      put.push({ ...v, updatedAt: opts.now });
      p.counts.update += rows;
    }
  }
  ctx.writes.careVisits = { add, put };
  ctx.writes.careStays = { add: newStays, put: [] };
}

// ── 福利发放 ────────────────────────────────────────────────────────────────────────

export function planDistributions(p: CarePlanner, ctx: CarePlanContext): void {
  const { current, opts } = ctx;
  const keptDist = new Map(current.tables.distributions.map((d) => [d.id, d]));
  const keptRec = new Map(current.tables.distributionRecipients.map((r) => [r.id, r]));
  const made = new Map<string, Distribution>();
  const orders = new Map<string, number>();
  const addD: Distribution[] = [];
  const putD: Distribution[] = [];
  const addR: DistributionRecipient[] = [];
  const putR: DistributionRecipient[] = [];
  const seen = new Set<string>();

  for (const row of p.sheet.rows) {
    const date = text(row.values.date);
    const occasion = p.required(row, 'occasion', '节日事由');
    const item = p.required(row, 'item', '物品');
    const value = num(row.values.value);
    if (!date) p.issue(row, 'date', '缺少日期', 'error');
    if (value === null) p.issue(row, 'value', '缺少人均价值', 'error');
    const member = memberOf(p, ctx, row, 'idNumber', 'name');
    const receiptText = text(row.values.receipt);
    const receipt = parseReceipt(receiptText);
    if (!receipt)
      p.issue(
        row,
        'receipt',
        `无法识别签收“${receiptText}”，可填写本人、代领、补签、未签`,
        'error',
      );
    const proxyName = text(row.values.proxyName);
    const signedOn = text(row.values.signedOn);
    if (receipt === '代领' && !proxyName) p.issue(row, 'proxyName', '代领请填写代领人', 'error');
    if (receipt === '补签' && !signedOn) p.issue(row, 'signedOn', '补签请填写签收日期', 'error');
    if (row.hasError || !date || !occasion || !item || value === null || !member || !receipt) {
      p.counts.skip++;
      continue;
    }
    const ref = text(row.values.id) ?? `${date}\u0000${occasion}\u0000${item}`;
    let d = made.get(ref);
    if (!d) {
      const old = keptDist.get(ref);
      d = {
        quantity: '',
        fundSource: '工会经费',
        rule: null,
        campaignId: null,
        handler: '',
        notes: '',
        createdAt: opts.now,
        ...(old ?? {}),
        id: old?.id ?? text(row.values.id) ?? opts.newId(),
        date,
        year: yearOf(date),
        occasion,
        festival: festivalName(occasion),
        item,
        valueCents: value,
        updatedAt: old?.updatedAt ?? opts.now,
      };
      made.set(ref, d);
      if (!old) addD.push(d);
      else if (!same({ ...old, updatedAt: '' }, { ...d, updatedAt: '' }))
        putD.push((d = Object.assign(d, { updatedAt: opts.now })));
    } else if (d.date !== date || d.valueCents !== value || d.item !== item)
      p.issue(row, 'id', `编号“${ref}”的各行日期、物品或人均价值不一致，按第一行`, 'warning');
    const id = `${d.id}:${member.id}`;
    if (seen.has(id)) {
      p.issue(
        row,
        'name',
        `${member.name}${member.idNumber ? `（${maskIdNumber(member.idNumber)}）` : ''}在这次发放中重复，已跳过`,
        'warning',
      );
      p.counts.skip++;
      continue;
    }
    seen.add(id);
    const old = keptRec.get(id);
    const order = old?.order ?? orders.get(d.id) ?? 0;
    orders.set(d.id, Math.max(order + 1, orders.get(d.id) ?? 0));
    const next: DistributionRecipient = {
      ...(old ?? {}),
      id,
      distributionId: d.id,
      memberId: member.id,
      name: old?.name ?? member.name,
      department: old?.department ?? member.department ?? '',
      unionGroup: old?.unionGroup ?? member.unionGroup ?? '',
      order,
      receipt,
      proxyName: receipt === '代领' ? proxyName : null,
      signedOn: receipt === '未签' ? null : receipt === '补签' ? signedOn : d.date,
    };
    if (!old) {
      addR.push(next);
      p.counts.add++;
    } else if (same(old, next)) p.counts.skip++;
    else {
      putR.push(next);
      p.counts.update++;
    }
  }
  ctx.writes.distributions = { add: addD, put: putD };
  ctx.writes.distributionRecipients = { add: addR, put: putR };
}

/** Both care sheets, as planWorkbook calls them. */
export function planCare(planner: (name: string) => CarePlanner, ctx: CarePlanContext): void {
  planCareVisits(planner('慰问'), ctx);
  planDistributions(planner('福利发放'), ctx);
}
